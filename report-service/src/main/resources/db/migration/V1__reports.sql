-- What departments write (header and narrative sections, each versioned for If-Match), the workflow trail, and the
-- frozen published versions: content, renderings and hash, retrievable whatever the other services' state.

create table report_draft (
    agency_code        varchar(32)   not null,
    fiscal_year        integer       not null,
    status             varchar(16)   not null,
    subordinate_units  integer,
    filled_by          varchar(100),
    phone              varchar(40),
    filled_on          date,
    header_version     bigint        not null,
    updated_at         timestamptz   not null,
    primary key (agency_code, fiscal_year)
);

create table report_section (
    agency_code   varchar(32)   not null,
    fiscal_year   integer       not null,
    section_key   varchar(32)   not null,
    text          text          not null,
    version       bigint        not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(100)  not null,
    primary key (agency_code, fiscal_year, section_key)
);

create table report_event (
    id            bigserial     primary key,
    agency_code   varchar(32)   not null,
    fiscal_year   integer       not null,
    action        varchar(16)   not null,
    actor         varchar(100)  not null,
    comment       text,
    happened_at   timestamptz   not null
);
create index report_event_agency_year_idx on report_event (agency_code, fiscal_year, id);

create table published_report (
    id             bigserial     primary key,
    agency_code    varchar(32)   not null,
    fiscal_year    integer       not null,
    version        integer       not null,
    mof_div_code   varchar(9),
    agency_name    varchar(200)  not null,
    total          numeric(7,2),
    grade          varchar(4),
    content        text          not null,
    html           text          not null,
    docx           bytea         not null,
    content_hash   varchar(64)   not null,
    published_at   timestamptz   not null,
    published_by   varchar(100)  not null,
    unique (agency_code, fiscal_year, version)
);
create index published_report_region_idx on published_report (fiscal_year, mof_div_code);
