-- Issue 13 (compliance report): a finished step keeps its own working time (office minutes less
-- the office time paused; clock minutes on a booking) and how many times it returned its request
-- for correction, so that the report's counts and percentiles are computed by the database.
-- working_minutes stays null for the steps finished before this column: office time needs the
-- business calendar (office hours, holidays), which SQL does not have; the report counts them but
-- leaves them out of its percentiles (percentile_cont skips nulls).
alter table step_instance add column working_minutes bigint;
alter table step_instance add column returned_times integer not null default 0;

-- the returns so far, from the audit trail: each return that took effect (a refusal has no after
-- state) names the request's number and the step's order as its target
update step_instance set returned_times = (
  select count(*)
  from audit_entry a
  join service_request r on r.id = a.request_id
  where a.request_id = step_instance.request_id
    and a.action = 'STEP_RETURN'
    and a.after_state is not null
    and a.target = r.request_no || ' step ' || step_instance.step_order);
