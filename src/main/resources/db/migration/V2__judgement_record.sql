-- Every judgement made, stored before the response is sent, in a tamper-evident chain: each record holds the hash of
-- its own content and of the record before it, so altering or removing any record breaks every hash after it.

create table judgement_record (
    sequence_number  bigint                   primary key,  -- position in the chain: 1, 2, 3 …
    id               uuid                     not null unique,
    recorded_at      timestamp with time zone not null,
    recorded_by      varchar(200),
    local_authority  varchar(9)               not null,
    inspection_start date                     not null,
    framework        varchar(20)              not null,
    rule_set_version varchar(64)              not null references rule_set_version (version),
    -- A retry with the same key gets the first result back, never a second record.
    idempotency_key  varchar(200)             unique,
    evidence         text                     not null,     -- as accepted, canonical JSON
    result           text                     not null,     -- the judgement, canonical JSON
    content_hash     varchar(64)              not null,
    previous_hash    varchar(64)              not null,
    record_hash      varchar(64)              not null
);

create index judgement_record_by_authority on judgement_record (local_authority, inspection_start);
create index judgement_record_by_start on judgement_record (inspection_start);

-- For search: each area's grade, and the rules that fired.
create table judgement_area (
    sequence_number bigint      not null references judgement_record (sequence_number),
    area            varchar(40) not null,
    grade           varchar(24),
    determined      boolean     not null,
    primary key (sequence_number, area)
);

create index judgement_area_by_grade on judgement_area (area, grade);

create table judgement_rule_fired (
    sequence_number bigint       not null references judgement_record (sequence_number),
    rule            varchar(500) not null,
    primary key (sequence_number, rule)
);

create index judgement_rule_fired_by_rule on judgement_rule_fired (rule);

-- The end of the chain, locked while a record is appended so records are appended one at a time, in any number
-- of service instances.
create table judgement_chain_head (
    id              integer     primary key check (id = 1),
    sequence_number bigint      not null,
    record_hash     varchar(64) not null
);

insert into judgement_chain_head (id, sequence_number, record_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
