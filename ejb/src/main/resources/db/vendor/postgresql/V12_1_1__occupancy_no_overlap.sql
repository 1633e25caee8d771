-- The second wall under the booking rule (issue 11): no two occupations of one resource (a room,
-- an item, an operator) overlap, enforced by the database itself even if a code path forgot the
-- lock. The occupied window is half-open, [from, until): a meeting may start where the previous
-- one's post-check ends. btree_gist is a trusted extension (PostgreSQL 13+): a database owner may
-- create it. The H2 twin (db/vendor/h2) is the plain index the overlap check reads.
create extension if not exists btree_gist;
alter table conference_occupancy add constraint ex_occupancy_overlap
  exclude using gist (resource with =, tstzrange(starts_at, ends_at, '[)') with &&);
-- the overlap check's own reads (resource in (...) and starts_at < until and ends_at > from)
create index ix_occupancy_resource on conference_occupancy (resource, starts_at, ends_at);
