-- The SLA scan reads only the steps whose SLA moment has come (issue 10: under a second over
-- 1,000,000 open steps), not every open step: sla_next_at is the step's warning moment, then its
-- due time, null once escalated, finished or untimed (StepClock plans it). Steps already running
-- are looked at once from now: the scan plans each of them exactly at its first look.
alter table step_instance add column sla_next_at timestamp with time zone;

update step_instance
   set sla_next_at = case when warned_at is null then started_at else due_at end
 where finished_at is null and started_at is not null and due_at is not null and escalated_at is null;

create index ix_step_sla on step_instance (sla_next_at);
