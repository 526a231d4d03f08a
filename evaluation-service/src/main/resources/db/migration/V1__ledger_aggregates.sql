-- What evaluation-service keeps of the ledger: per agency its position in budget.ledger.v1 (the last applied
-- sequence, recorded in the same transaction as the aggregate change), and per agency-year the running totals the
-- measures need. Every event changes a constant number of rows: nothing is ever rescanned.

create table ledger_position (
    agency_code     varchar(32)  primary key,
    agency_name     varchar(200),
    mof_div_code    varchar(9),
    last_sequence   bigint       not null,
    last_event_id   uuid         not null,
    last_event_at   timestamptz  not null
);

create table ledger_aggregate (
    agency_code            varchar(32)   not null,
    fiscal_year            integer       not null,
    initial_budget         numeric(18,2) not null default 0,
    adjusted_budget        numeric(18,2) not null default 0,
    spending               numeric(18,2) not null default 0,
    project_budget         numeric(18,2) not null default 0,
    project_spending       numeric(18,2) not null default 0,
    public_budget          numeric(18,2) not null default 0,
    public_spending        numeric(18,2) not null default 0,
    three_public_budget    numeric(18,2) not null default 0,
    three_public_spending  numeric(18,2) not null default 0,
    assets_snapshot_date   date,
    assets_total           numeric(18,2),
    assets_in_use          numeric(18,2),
    last_sequence          bigint        not null,
    last_event_at          timestamptz   not null,
    primary key (agency_code, fiscal_year)
);

create table monthly_spending (
    agency_code  varchar(32)   not null,
    fiscal_year  integer       not null,
    month        integer       not null check (month between 1 and 12),
    amount       numeric(18,2) not null,
    primary key (agency_code, fiscal_year, month)
);
