-- Local accounts. Passwords are stored only as bcrypt hashes. Accounts are disabled, never deleted, so every name in
-- the judgement record and the rule-change log stays someone's.

create table app_user (
    username            varchar(100)             primary key,
    password_hash       varchar(200)             not null,
    roles               varchar(200)             not null,  -- comma-separated: INSPECTOR, MODERATOR, POLICY, ADMIN
    enabled             boolean                  not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(200)             not null,
    password_changed_at timestamp with time zone not null
);

-- Who submitted each consistency report.
alter table moderation_report add column submitted_by varchar(200);
