-- The PDF and the 自评表 (.xlsx) of a published version, frozen with it at publication: bytes and SHA-256. Kept apart
-- from published_report so that listing versions never reads them; stored uncompressed (PDF and .xlsx are compressed
-- already) so that the portal can read them in slices (substring) and stream them without holding a whole file.
-- Versions published before this migration have no rows here: the portal answers 404 for their PDF and 自评表.

create table published_rendering (
    id                   bigserial     primary key,
    published_report_id  bigint        not null references published_report (id),
    format               varchar(16)   not null,
    bytes                bytea         not null,
    size_bytes           integer       not null,
    sha256               varchar(64)   not null,
    unique (published_report_id, format)
);
alter table published_rendering alter column bytes set storage external;
