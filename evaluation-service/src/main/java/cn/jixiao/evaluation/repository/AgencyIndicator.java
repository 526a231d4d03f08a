package cn.jixiao.evaluation.repository;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Key of what is entered per agency, fiscal year and indicator of the framework. */
@Embeddable
public class AgencyIndicator implements Serializable {

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "indicator_code")
    public String indicatorCode;

    protected AgencyIndicator() {
    }

    public AgencyIndicator(AgencyYear year, String indicatorCode) {
        this.agencyCode = year.agencyCode;
        this.fiscalYear = year.fiscalYear;
        this.indicatorCode = indicatorCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgencyIndicator that && fiscalYear == that.fiscalYear
                && agencyCode.equals(that.agencyCode) && indicatorCode.equals(that.indicatorCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencyCode, fiscalYear, indicatorCode);
    }
}
