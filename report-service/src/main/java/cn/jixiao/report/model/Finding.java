package cn.jixiao.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A consistency finding: {@code severity} error (a figure is wrong), warning (incomplete or ambiguous) or info (a
 * stated figure nothing could check), the rule that found it, a Chinese message for the department, where (a section
 * key, e.g. narrative.expenditure) and, for a figure of the narrative, where exactly and in which sentence.
 */
public record Finding(String severity, String rule, String message, String where,
        @JsonInclude(JsonInclude.Include.NON_NULL) Excerpt excerpt) {

    public Finding(String severity, String rule, String message, String where) {
        this(severity, rule, message, where, null);
    }

    /** The paragraph of the section (from 1), the character of the paragraph (from 1), and the whole sentence. */
    public record Excerpt(int paragraph, int character, String sentence) {
    }
}
