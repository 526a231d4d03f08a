-- One trace per payment (docs/decisions.md): the W3C trace context of the recalculation that wrote each score change,
-- which the relay continues when it publishes the change to evaluation.scores.v1.
alter table score_outbox
    add column traceparent varchar(55),
    add column tracestate  varchar(512);
