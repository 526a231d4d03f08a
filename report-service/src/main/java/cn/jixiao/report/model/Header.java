package cn.jixiao.report.model;

import java.time.LocalDate;

/** The report's header block: department, subordinate budget units, who filled it in, phone, date. */
public record Header(
        String agencyCode,
        String agencyName,
        int fiscalYear,
        Integer subordinateUnits,
        String filledBy,
        String phone,
        LocalDate filledOn) {
}
