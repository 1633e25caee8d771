-- The public news lists (issue 12 part H3) page newest first with the id as tie-break (a stable
-- order for paging): read backwards, these indexes give that order without a sort, per category
-- and for all. Portable H2 2.2 / PostgreSQL 15.
create index ix_publication_news_category on publication (category, published_at, id);
create index ix_publication_news_all on publication (published_at, id);
