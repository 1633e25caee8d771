-- Website publication, issue 12 part 2 (staff draft, preview, check, publish): a live post that
-- reached its expiry is withdrawn once (expired_at: PostWithdrawn fired, the record stays). The
-- timer finds the posts due to go live by ix_publication_due (publish_at) and the posts due to
-- expire by this index. Portable H2 2.2 / PostgreSQL 15.
alter table publication add column expired_at timestamp with time zone;
create index ix_publication_expiry on publication (expires_at);
