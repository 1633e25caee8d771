-- The dashboards (issue 13, part H3): a staff member's steps finished, by finish time. The
-- PostgreSQL twin (db/vendor/postgresql) includes on_time and outcome (an index-only count).
create index ix_step_actor on step_instance (actor, finished_at);
