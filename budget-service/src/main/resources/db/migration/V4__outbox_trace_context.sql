-- One trace per payment (docs/decisions.md): the W3C trace context of the request that wrote each outbox row, which the
-- relay continues when it publishes the row, and the row's creation, from which the relay measures the publish delay.
-- now() is stable, so existing rows take the migration's time without a rewrite of the table.
alter table outbox_event
    add column traceparent varchar(55),
    add column tracestate  varchar(512),
    add column created_at  timestamptz not null default now();
