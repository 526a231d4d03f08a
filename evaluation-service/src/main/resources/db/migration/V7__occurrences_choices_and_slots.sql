-- What frameworks' per-occurrence, one-of and slot indicators are scored on, entered per agency-year and indicator.

-- 例数 of a per-occurrence indicator, with its evidence; entered by the department or the finance bureau
create table occurrence_count (
    agency_code     varchar(32)   not null,
    fiscal_year     integer       not null,
    indicator_code  varchar(32)   not null,
    occurrences     integer       not null check (occurrences between 0 and 1000),
    evidence        text          not null,
    entered_at      timestamptz   not null,
    entered_by      varchar(100)  not null,
    entered_as      varchar(20)   not null,
    primary key (agency_code, fiscal_year, indicator_code)
);

-- the alternative an agency chose for a one-of (二者择其一) indicator
create table one_of_choice (
    agency_code     varchar(32)   not null,
    fiscal_year     integer       not null,
    indicator_code  varchar(32)   not null,
    alternative     varchar(200)  not null,
    chosen_at       timestamptz   not null,
    chosen_by       varchar(100)  not null,
    primary key (agency_code, fiscal_year, indicator_code)
);

-- every accepted count and choice, oldest first: the current row above is the latest of these
create table input_change (
    id              bigserial     primary key,
    agency_code     varchar(32)   not null,
    fiscal_year     integer       not null,
    indicator_code  varchar(32)   not null,
    kind            varchar(20)   not null,
    value           varchar(200)  not null,
    note            text,
    changed_at      timestamptz   not null,
    changed_by      varchar(100)  not null,
    changed_as      varchar(20)   not null
);
create index input_change_indicator_idx on input_change (agency_code, fiscal_year, indicator_code, kind, id);

-- a department's own indicators in a slot (部门特性指标): the definition (a JSON array of name, category, unit,
-- direction, target value, weight and the actual value once reported), its review and its actual values
create table department_slot (
    agency_code     varchar(32)   not null,
    fiscal_year     integer       not null,
    indicator_code  varchar(32)   not null,
    status          varchar(12)   not null,
    children        text          not null,
    submitted_at    timestamptz   not null,
    submitted_by    varchar(100)  not null,
    reviewed_at     timestamptz,
    reviewed_by     varchar(100),
    review_reason   text,
    actuals_at      timestamptz,
    actuals_by      varchar(100),
    primary key (agency_code, fiscal_year, indicator_code)
);
