-- The overlap check's index (issue 11). H2 has no exclusion constraints: the rule is enforced by
-- ConferenceOccupancies under a row lock of the room and the items, as on PostgreSQL, where an
-- exclusion constraint over the same rows is the second wall (db/vendor/postgresql).
create index ix_occupancy_resource on conference_occupancy (resource, starts_at, ends_at);
