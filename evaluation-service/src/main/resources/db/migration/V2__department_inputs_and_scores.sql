-- What departments enter, the frameworks the finance bureau publishes, and the scores computed from both and the
-- ledger aggregates.

create table self_assessment (
    agency_code     varchar(32)   not null,
    fiscal_year     integer       not null,
    indicator_code  varchar(32)   not null,
    level           varchar(20)   not null,
    score           numeric(7,2)  not null,
    reason          text          not null,
    evidence        text          not null,
    assessed_at     timestamptz   not null,
    assessed_by     varchar(100)  not null,
    review_score    numeric(7,2),
    review_reason   text,
    reviewed_at     timestamptz,
    reviewed_by     varchar(100),
    primary key (agency_code, fiscal_year, indicator_code)
);

create table department_input (
    agency_code          varchar(32)  not null,
    fiscal_year          integer      not null,
    key_tasks_planned    integer,
    key_tasks_completed  integer,
    petitions_received   integer,
    petitions_handled    integer,
    satisfaction_rate    numeric(5,2),
    updated_at           timestamptz  not null,
    primary key (agency_code, fiscal_year)
);

create table performance_target (
    id            bigserial     primary key,
    agency_code   varchar(32)   not null,
    fiscal_year   integer       not null,
    name          varchar(200)  not null,
    category      varchar(8)    not null,
    subcategory   varchar(8),
    direction     varchar(16)   not null,
    target_value  numeric(18,4) not null,
    actual_value  numeric(18,4),
    unit          varchar(20)   not null
);
create index performance_target_agency_year_idx on performance_target (agency_code, fiscal_year);

create table framework_version (
    framework_id  varchar(64)  not null,
    version       varchar(32)  not null,
    mof_div_code  varchar(9)   not null,
    fiscal_year   integer      not null,
    document      text         not null,
    used          boolean      not null default false,
    stored_at     timestamptz  not null,
    primary key (framework_id, version)
);

-- which framework version scores a region's year; '*' is the fallback for every region
create table framework_assignment (
    mof_div_code  varchar(9)   not null,
    fiscal_year   integer      not null,
    framework_id  varchar(64)  not null,
    version       varchar(32)  not null,
    primary key (mof_div_code, fiscal_year),
    foreign key (framework_id, version) references framework_version (framework_id, version)
);

create table score_current (
    agency_code    varchar(32)   not null,
    fiscal_year    integer       not null,
    mof_div_code   varchar(9),
    agency_name    varchar(200),
    framework_id   varchar(64)   not null,
    version        varchar(32)   not null,
    total          numeric(7,2)  not null,
    grade          varchar(4)    not null,
    execution_rate numeric(9,2),
    card           text          not null,
    ledger_sequence bigint       not null,
    input_changed_at timestamptz,
    computed_at    timestamptz   not null,
    primary key (agency_code, fiscal_year)
);
create index score_current_region_idx on score_current (fiscal_year, mof_div_code);

create table score_history (
    id             bigserial     primary key,
    agency_code    varchar(32)   not null,
    fiscal_year    integer       not null,
    total          numeric(7,2)  not null,
    grade          varchar(4)    not null,
    ledger_sequence bigint       not null,
    changed_at     timestamptz   not null
);
create index score_history_agency_year_idx on score_history (agency_code, fiscal_year, id);
