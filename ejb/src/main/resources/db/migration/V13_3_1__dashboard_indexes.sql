-- The dashboards (issue 13, part H3). This month's volume per service counts the requests
-- submitted in the month: a range on submitted_at, which no index led with (ix_request_requester
-- starts with the requester). With the version in it the count is read from the index alone.
-- A staff member's on-time rate is V13_3_2 (db/vendor: PostgreSQL covers it).
create index ix_request_submitted on service_request (submitted_at, version_id);
