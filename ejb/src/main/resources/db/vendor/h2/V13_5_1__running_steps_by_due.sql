-- Issue 13 (scale): the twin of db/vendor/postgresql/V13_5_1 (H2 has no partial index).
create index ix_step_running_due on step_instance (due_at, id);
