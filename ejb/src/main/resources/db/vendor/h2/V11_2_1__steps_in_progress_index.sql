-- The twin of db/vendor/postgresql/V11_2_1 (the steps in progress by role and due time, there a
-- partial index): H2 has neither partial indexes nor included columns, so a plain index.
create index ix_step_in_progress on step_instance (acting_role, due_at, id);
