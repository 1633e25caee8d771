-- The work queue and the technician's jobs read the steps in progress (issue 10): started and not
-- finished, by role and due time. Only those are in this partial index, about as many as the
-- requests open (4,500 of 51,700 steps at 10,000 requests), whatever the history's size; with the
-- assignee, the request and the pause in it, a queue's ids and its count are read from the index
-- alone. The H2 twin (db/vendor/h2) is a plain index: H2 has no partial indexes.
create index ix_step_in_progress on step_instance (acting_role, due_at, id)
  include (assignee, request_id, paused_at)
  where started_at is not null and finished_at is null;
