-- Sums of the ledger by the classification budget lines and payments carry, for the quantities a framework declares
-- (docs/frameworks.md, "Filtered quantities"): per agency-year, budget per (年初 or not, expense kind, 指标来源,
-- economic code, function code, project) and spending per (expense kind, economic code, function code, project,
-- month of payment date). Codes are kept whole; filters match their prefixes at scoring time. Empty strings stand
-- for "none" so that every column can be in the key. docs/decisions.md, "Ledger facts", explains the granularity.
create table ledger_fact (
    agency_code     varchar(32)  not null,
    fiscal_year     integer      not null,
    flow            char(1)      not null check (flow in ('B', 'S')),
    initial_budget  boolean      not null,
    expense_kind    varchar(16)  not null,
    source_type     varchar(8)   not null,
    economic_code   varchar(16)  not null,
    function_code   varchar(16)  not null,
    project_code    varchar(64)  not null,
    month           smallint     not null check (month between 0 and 12),
    amount          numeric      not null,
    primary key (agency_code, fiscal_year, flow, initial_budget, expense_kind, source_type, economic_code,
                 function_code, project_code, month)
);
