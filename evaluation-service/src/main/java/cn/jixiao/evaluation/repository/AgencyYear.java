package cn.jixiao.evaluation.repository;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Key of everything kept per agency and fiscal year. */
@Embeddable
public class AgencyYear implements Serializable {

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    protected AgencyYear() {
    }

    public AgencyYear(String agencyCode, int fiscalYear) {
        this.agencyCode = agencyCode;
        this.fiscalYear = fiscalYear;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgencyYear that && fiscalYear == that.fiscalYear && agencyCode.equals(that.agencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencyCode, fiscalYear);
    }

    @Override
    public String toString() {
        return agencyCode + "/" + fiscalYear;
    }
}
