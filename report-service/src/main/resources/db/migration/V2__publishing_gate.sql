-- Per region (财政区划), whether error findings block submitting and publishing a report. A region without a row is
-- advisory. The bureau's overrides are workflow steps (report_event.action = 'overridden', the reason as comment).

create table publishing_gate (
    mof_div_code     varchar(9)    primary key,
    block_on_errors  boolean       not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null
);
