-- Issue 13 (scale): the compliance report's projection. One row per month (Asia/Bangkok, its first
-- day), catalog step and bucket of working minutes (report.domain.MinuteBuckets: exact below two
-- hours, then 5, 15, 60 minutes and a working day wide; -1 for a step that kept no working time),
-- holding what the report sums: the steps finished then (cancellations left out), those with a due
-- time, those within it, returns, rejections and paused office minutes. The workflow keeps it up to
-- date in each action's transaction (FinishedStepsChanged); ComplianceTally rebuilds it from
-- step_instance when report_tally_state has no row (the first start after this migration, a bench
-- seed) and every night.
create table report_step_tally (
    month_start    date    not null,
    definition_id  bigint  not null references catalog_step (id),
    bucket         integer not null,
    steps          bigint  not null default 0,
    timed          bigint  not null default 0,
    within         bigint  not null default 0,
    returns        bigint  not null default 0,
    rejections     bigint  not null default 0,
    paused_minutes bigint  not null default 0,
    constraint pk_report_step_tally primary key (month_start, definition_id, bucket)
);

create table report_tally_state (
    id          integer                  not null primary key,
    rebuilt_at  timestamp with time zone not null,
    rows_built  bigint                   not null
);
