package cn.jixiao.report.repository;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An agency's report for one fiscal year. */
@Embeddable
public class ReportKey implements Serializable {

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    protected ReportKey() {
    }

    public ReportKey(String agencyCode, int fiscalYear) {
        this.agencyCode = agencyCode;
        this.fiscalYear = fiscalYear;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportKey that && fiscalYear == that.fiscalYear && agencyCode.equals(that.agencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencyCode, fiscalYear);
    }
}
