package cn.jixiao.report.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * What the department has written so far, with the versions to send back in If-Match, and the workflow status.
 * {@code narrativeVersion} is the sum of the sections' versions: it changes with every section saved, and is what an
 * import of a whole Word report names in If-Match.
 */
public record DraftView(String agencyCode, int fiscalYear, String status, HeaderView header,
        Map<String, SectionView> sections, long narrativeVersion) {

    public record HeaderView(Integer subordinateUnits, String filledBy, String phone, LocalDate filledOn, long version) {
    }

    public record SectionView(String text, long version, Instant updatedAt, String updatedBy) {
    }

    /** Body of {@code PUT …/report/header}. */
    public record HeaderRequest(Integer subordinateUnits, String filledBy, String phone,
            @JsonDeserialize(using = StrictDate.class) LocalDate filledOn) {
    }

    /** Body of {@code PUT …/report/sections/{key}}. */
    public record SectionRequest(String text) {
    }
}
