-- The ledger: agencies, budget lines (with adjustments), payments (with reversals), fixed-asset snapshots.
-- Rows are only ever inserted, except an agency's descriptive fields and its ledger sequence.

create table agency (
    agency_code       varchar(32)  primary key,
    agency_name       varchar(200) not null,
    mof_div_code      varchar(9)   not null,
    authorized_staff  integer      not null check (authorized_staff >= 0),
    actual_staff      integer      not null check (actual_staff >= 0),
    last_sequence     bigint       not null default 0,
    last_changed_at   timestamptz  not null,
    registered_at     timestamptz  not null
);
create index agency_region_idx on agency (mof_div_code);

create table budget_line (
    bgt_id            varchar(64)   primary key,
    ori_bgt_id        varchar(64)   references budget_line (bgt_id),
    agency_code       varchar(32)   not null references agency (agency_code),
    mof_div_code      varchar(9)    not null,
    fiscal_year       integer       not null,
    pro_code          varchar(64),
    pro_name          varchar(200),
    pro_cat_code      varchar(4)    not null,
    exp_func_code     varchar(7)    not null,
    dep_bgt_eco_code  varchar(5)    not null,
    gov_bgt_eco_code  varchar(5)    not null,
    fund_type_code    varchar(4)    not null,
    source_type_code  varchar(2)    not null,
    amount            numeric(18,2) not null check (amount <> 0),
    doc_no            varchar(100)  not null,
    doc_date          date          not null,
    ledger_sequence   bigint        not null,
    recorded_at       timestamptz   not null
);
create index budget_line_agency_year_idx on budget_line (agency_code, fiscal_year);
create index budget_line_original_idx on budget_line (ori_bgt_id) where ori_bgt_id is not null;

create table payment (
    pay_app_id        varchar(64)   primary key,
    ori_pay_app_id    varchar(64)   references payment (pay_app_id),
    pay_cert_no       varchar(64)   not null,
    bgt_id            varchar(64)   not null references budget_line (bgt_id),
    agency_code       varchar(32)   not null references agency (agency_code),
    fiscal_year       integer       not null,
    xpay_amt          numeric(18,2) not null check (xpay_amt <> 0),
    pay_date          date          not null,
    use_des           varchar(500)  not null,
    contract_no       varchar(64),
    ledger_sequence   bigint        not null,
    recorded_at       timestamptz   not null
);
create index payment_agency_year_idx on payment (agency_code, fiscal_year);
create index payment_budget_line_idx on payment (bgt_id);
create index payment_original_idx on payment (ori_pay_app_id) where ori_pay_app_id is not null;

create table asset_snapshot (
    id                    bigserial     primary key,
    agency_code           varchar(32)   not null references agency (agency_code),
    snapshot_date         date          not null,
    total_original_value  numeric(18,2) not null check (total_original_value >= 0),
    in_use_original_value numeric(18,2) not null check (in_use_original_value >= 0),
    ledger_sequence       bigint        not null,
    recorded_at           timestamptz   not null,
    unique (agency_code, snapshot_date),
    check (in_use_original_value <= total_original_value)
);

-- Transactional outbox: written in the same transaction as the ledger change, published to Kafka by the relay.
-- The id comes from a plain sequence at insert time; inserts for one agency are serialised by its row lock,
-- so ordering by id keeps each agency's events in sequence order.
create table outbox_event (
    id            bigserial    primary key,
    event_id      uuid         not null unique,
    agency_code   varchar(32)  not null,
    fiscal_year   integer,
    sequence      bigint       not null,
    type          varchar(40)  not null,
    occurred_at   timestamptz  not null,
    envelope      text         not null,
    published_at  timestamptz,
    unique (agency_code, sequence)
);
create index outbox_unpublished_idx on outbox_event (id) where published_at is null;
