-- The dashboards (issue 13, part H3). This month's volume per service counts the requests
-- submitted in the month: a range on submitted_at, which no index led with (ix_request_requester
-- starts with the requester). With the version in it the count is read from the index alone.
create index ix_request_submitted on service_request (submitted_at, version_id);
-- A staff member's on-time rate counts the steps they finished (actor) in the month and the
-- fiscal year; ix_step_assignee is by assignee, which a clerk's or a director's step lacks.
create index ix_step_actor on step_instance (actor, finished_at);
