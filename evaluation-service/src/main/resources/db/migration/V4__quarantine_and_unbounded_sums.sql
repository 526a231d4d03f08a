-- Sums of amounts the ledger accepts must never overflow: every running total and the execution rate become
-- unbounded numerics (an agency's budget lines, each within budget-service's range, may sum past numeric(18,2)).
alter table ledger_aggregate
    alter column initial_budget        type numeric,
    alter column adjusted_budget       type numeric,
    alter column spending              type numeric,
    alter column project_budget        type numeric,
    alter column project_spending      type numeric,
    alter column public_budget         type numeric,
    alter column public_spending       type numeric,
    alter column three_public_budget   type numeric,
    alter column three_public_spending type numeric,
    alter column assets_total          type numeric,
    alter column assets_in_use         type numeric;
alter table monthly_spending alter column amount type numeric;
alter table score_current alter column execution_rate type numeric;

-- Quarantine: an event that cannot be applied after retries parks its agency, not the partition. The agency's
-- position records why and from which sequence; its later events wait in parked_ledger_event (in sequence order)
-- until an operator retries or skips the blocking event. A position may now exist before any event was applied.
alter table ledger_position
    alter column last_event_id drop not null,
    alter column last_event_at drop not null,
    add column quarantined_sequence bigint,
    add column quarantine_reason    text,
    add column quarantined_at       timestamptz,
    add column quarantine_attempts  integer not null default 0;
create index ledger_position_quarantined_idx on ledger_position (agency_code) where quarantined_sequence is not null;

create table parked_ledger_event (
    agency_code  varchar(32)  not null,
    sequence     bigint       not null,
    event_id     uuid         not null,
    payload      text         not null,
    parked_at    timestamptz  not null default now(),
    primary key (agency_code, sequence)
);

-- Every event an operator skipped, with who and why; a rebuild skips the same events again instead of parking.
create table ledger_skip (
    agency_code  varchar(32)   not null,
    sequence     bigint        not null,
    event_id     uuid          not null,
    reason       varchar(500)  not null,
    skipped_by   varchar(200)  not null,
    skipped_at   timestamptz   not null,
    primary key (agency_code, sequence)
);
