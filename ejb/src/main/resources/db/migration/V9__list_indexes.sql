-- The list screens' filters (issue 8, finding 17): "my requests" also lists what the caller filed
-- for others, and the work queue and the technician's jobs look up the steps assigned to the caller.
-- The search by the requester's full name joins person on its unique username; the other filters
-- ride on ix_request_requester and ix_step_open (V4).
create index ix_request_filed_by on service_request (filed_by, submitted_at);
create index ix_step_assignee on step_instance (assignee, finished_at);
