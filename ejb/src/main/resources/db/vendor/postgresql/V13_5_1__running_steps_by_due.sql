-- Issue 13 (scale): the running steps in due order, whatever their role: the dashboards' slowest
-- open requests (top 5 by due time) and the repair backlog (running steps per step of a service)
-- read only the few thousand running steps, index only, instead of scanning every step. Partial,
-- like ix_step_in_progress, so it stays as small as the work in progress at any history.
create index ix_step_running_due on step_instance (due_at, id)
  include (definition_id, paused_at, request_id)
  where started_at is not null and finished_at is null;
