-- Spreadsheet imports (POST /api/v1/imports): one row per uploaded file, its progress and outcome, written outside
-- the import's own transaction so that progress is visible while the file's rows are still uncommitted.
create table import_job (
    id               uuid          primary key,
    kind             varchar(20)   not null,
    file_name        varchar(255)  not null,
    file_type        varchar(8)    not null,
    status           varchar(10)   not null,
    rows_read        integer       not null default 0,
    rows_validated   integer       not null default 0,
    rows_stored      integer       not null default 0,
    rows_created     integer       not null default 0,
    rows_duplicate   integer       not null default 0,
    error_count      integer       not null default 0,
    fraction_read    double precision not null default 0,
    detail           varchar(500),
    submitted_at     timestamptz   not null,
    started_at       timestamptz,
    finished_at      timestamptz
);

-- The bad rows of an import, at most jixiao.imports.max-errors of them per file (error_count counts all).
create table import_error (
    id           bigserial     primary key,
    import_id    uuid          not null references import_job (id) on delete cascade,
    row_number   integer       not null,
    column_ref   varchar(8),
    header       varchar(100),
    field        varchar(40),
    code         varchar(40)   not null,
    message      text          not null
);
create index import_error_import_idx on import_error (import_id, id);
