-- A step on a booking clock is timed by the service's booking (issue 9): the booked window, from
-- its start (e.g. set-up 30 minutes before the meeting) to its due time. Empty for office-time
-- steps and for booking-clock steps not booked yet.
alter table step_instance add column booked_start timestamp with time zone;
alter table step_instance add column booked_due timestamp with time zone;
