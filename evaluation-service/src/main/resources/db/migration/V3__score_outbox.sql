-- Changes of total or grade, written in the transaction that recalculated them and relayed to evaluation.scores.v1.
create table score_outbox (
    id            bigserial    primary key,
    event_id      uuid         not null unique,
    agency_code   varchar(32)  not null,
    payload       text         not null,
    created_at    timestamptz  not null,
    published_at  timestamptz
);
create index score_outbox_unpublished_idx on score_outbox (id) where published_at is null;
