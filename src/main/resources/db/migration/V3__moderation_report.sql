-- Consistency reports: the batch as submitted, progress while it runs, and the report when done. A report interrupted
-- by a restart is resumed from its stored input.

create table moderation_report (
    id                   uuid                     primary key,
    created_at           timestamp with time zone not null,
    status               varchar(16)              not null,
    total                integer                  not null,
    done                 integer                  not null,
    rule_set_version     varchar(64)              not null references rule_set_version (version),
    similarity_threshold double precision         not null,
    input                text                     not null,  -- the cases, canonical JSON
    report               text,                               -- the consistency report, JSON
    cases_csv            text,                               -- one row per case and area
    error                text,
    completed_at         timestamp with time zone
);

create index moderation_report_by_time on moderation_report (created_at);
