package cn.jixiao.evaluation.ledger;

import cn.jixiao.evaluation.repository.AgencyYear;

/** Fired inside the applying transaction after an event changed an agency-year's aggregates. */
public record LedgerApplied(AgencyYear agencyYear, long sequence) {
}
