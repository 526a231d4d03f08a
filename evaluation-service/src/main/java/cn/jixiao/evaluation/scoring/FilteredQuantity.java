package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import cn.jixiao.evaluation.scoring.LedgerFact.Flow;

/**
 * A ledger quantity a framework document declares for its expressions: the budget or spending of the agency-year (or
 * the previous one) restricted by filters that all have to hold, e.g. the 上年结转 budget or the spending up to 06-30.
 * Absent filters do not restrict.
 *
 * @param name how expressions read it
 * @param of which sum: the adjusted budget (every line and adjustment), 年初预算, or spending
 * @param source 指标来源: of the line or adjustment for budget, of the line paid from for spending
 * @param kind 人员类, 运转类 or 项目支出
 * @param economicClass a prefix of the 部门预算支出经济分类 code: 3 digits (类) or 5 (款)
 * @param functionClass a prefix of the 支出功能分类 code: 3 (类), 5 (款) or 7 digits (项)
 * @param project a 项目编码, exactly
 * @param from spending only: the first day of a month, {@code MM-DD}; the period starts there
 * @param until spending only: the last day of a month, {@code MM-DD}; the period ends there (cut-off date)
 * @param year the scored fiscal year (default) or the previous one
 */
public record FilteredQuantity(String name, Of of,
        @JsonInclude(JsonInclude.Include.NON_NULL) Source source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Kind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) String economicClass,
        @JsonInclude(JsonInclude.Include.NON_NULL) String functionClass,
        @JsonInclude(JsonInclude.Include.NON_NULL) String project,
        @JsonInclude(JsonInclude.Include.NON_NULL) String from,
        @JsonInclude(JsonInclude.Include.NON_NULL) String until,
        @JsonInclude(JsonInclude.Include.NON_NULL) Year year) {

    public enum Of {
        @JsonProperty("budget")
        BUDGET,
        @JsonProperty("initial-budget")
        INITIAL_BUDGET,
        @JsonProperty("spending")
        SPENDING
    }

    /** 指标来源, as budget lines carry it in {@code sourceTypeCode}. */
    public enum Source {
        @JsonProperty("年初")
        INITIAL("1"),
        @JsonProperty("追加调减")
        ADJUSTMENT("2"),
        @JsonProperty("上年结转")
        CARRIED_OVER("3"),
        @JsonProperty("上级转移支付")
        TRANSFER("4");

        private final String code;

        Source(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The events' {@code expenseKind}. */
    public enum Kind {
        @JsonProperty("personnel")
        PERSONNEL,
        @JsonProperty("running")
        RUNNING,
        @JsonProperty("project")
        PROJECT;

        String eventValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Year {
        @JsonProperty("current")
        CURRENT,
        @JsonProperty("previous")
        PREVIOUS
    }

    /** The fiscal year it sums when {@code scoredYear} is scored. */
    public int fiscalYear(int scoredYear) {
        return year == Year.PREVIOUS ? scoredYear - 1 : scoredYear;
    }

    /**
     * The sum over the facts that pass every filter, or empty when its year has no ledger data or its cut-off date
     * has not passed yet (spending up to 06-30 is not known on 06-30), as for month-end execution.
     */
    public Optional<BigDecimal> value(Collection<LedgerFact> facts, Set<Integer> yearsWithLedger, int scoredYear,
            LocalDate today) {
        int fiscalYear = fiscalYear(scoredYear);
        if (!yearsWithLedger.contains(fiscalYear)
                || until != null && !today.isAfter(YearMonth.of(fiscalYear, lastMonth()).atEndOfMonth())) {
            return Optional.empty();
        }
        return Optional.of(facts.stream()
                .filter(fact -> fact.fiscalYear() == fiscalYear && matches(fact))
                .map(LedgerFact::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Whether a fact of its year passes every filter. */
    boolean matches(LedgerFact fact) {
        return switch (of) {
            case BUDGET -> fact.flow() == Flow.BUDGET;
            case INITIAL_BUDGET -> fact.flow() == Flow.BUDGET && fact.initialBudget();
            case SPENDING -> fact.flow() == Flow.SPENDING && fact.month() >= firstMonth()
                    && fact.month() <= lastMonth();
        }
                && (source == null || source.code().equals(fact.sourceTypeCode()))
                && (kind == null || kind.eventValue().equals(fact.expenseKind()))
                && (economicClass == null || fact.economicCode().startsWith(economicClass))
                && (functionClass == null || fact.functionCode().startsWith(functionClass))
                && (project == null || project.equals(fact.projectCode()));
    }

    private int firstMonth() {
        return from == null ? 1 : monthDay(from).map(MonthDay::getMonthValue).orElse(1);
    }

    private int lastMonth() {
        return until == null ? 12 : monthDay(until).map(MonthDay::getMonthValue).orElse(12);
    }

    /** {@code MM-DD} as a day of the year, or empty when it is none (02-30, 6-30). */
    static Optional<MonthDay> monthDay(String text) {
        if (text == null || !text.matches("\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.parse("--" + text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
