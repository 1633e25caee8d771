-- The dashboards (issue 13, part H3): a staff member's on-time rate counts the steps they finished
-- (actor) in the month and the fiscal year, on time or late. ix_step_assignee is by assignee,
-- which a clerk's or a director's step lacks. With on_time and outcome included, the count is an
-- index-only scan (bench, 100,000 requests: b.staff01's fiscal year through the heap took 100 ms,
-- index-only 1 ms). The H2 twin (db/vendor/h2) is the plain index: H2 has no INCLUDE.
create index ix_step_actor on step_instance (actor, finished_at) include (on_time, outcome);
