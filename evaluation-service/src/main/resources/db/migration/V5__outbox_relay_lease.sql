-- The outbox relay's publishing lease (platform OutboxRelay): one row per relay, taken over by another instance
-- once expires_at passes without renewal. Replaces the session advisory lock, which a frozen holder kept forever.
create table outbox_relay_lease (
    name        varchar(64)   primary key,
    holder      varchar(200)  not null,
    expires_at  timestamptz   not null
);
