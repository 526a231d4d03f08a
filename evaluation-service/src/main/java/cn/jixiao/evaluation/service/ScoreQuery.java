package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.ScoreChange;
import cn.jixiao.evaluation.api.ScoreSummary;
import cn.jixiao.evaluation.api.ScoreView;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.MonthlySpending;
import cn.jixiao.evaluation.repository.ScoreCurrent;
import cn.jixiao.evaluation.repository.ScoreHistory;
import cn.jixiao.evaluation.scoring.ScoredIndicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Reads of stored scores: one agency-year (alone, or with its spending for its page), a region's overview, the
 * history of changes, and which region-years and agency-years have scores.
 */
@ApplicationScoped
public class ScoreQuery {

    public enum Sort { TOTAL, EXECUTION_RATE, AGENCY }

    /**
     * An agency-year's scores with the execution rate they measured and the spending behind it: the adjusted budget
     * (null before the first budget line) and the spending per month of payment date.
     */
    public record ScoresAndSpending(ScoreView scores, BigDecimal executionRate, BigDecimal adjustedBudget,
            Map<Integer, BigDecimal> monthlySpending) {
    }

    /** A region's fiscal year that has scores. */
    public record RegionYear(int fiscalYear, String mofDivCode) {
    }

    private final ObjectMapper json;
    private final MonthlySpending monthlySpending;
    private final EntityManager entityManager;

    ScoreQuery(ObjectMapper json, MonthlySpending monthlySpending, EntityManager entityManager) {
        this.json = json;
        this.monthlySpending = monthlySpending;
        this.entityManager = entityManager;
    }

    public Optional<ScoreView> scores(AgencyYear id) {
        ScoreCurrent current = ScoreCurrent.findById(id);
        return current == null ? Optional.empty() : Optional.of(view(current, LedgerAggregate.findById(id)));
    }

    public Optional<ScoresAndSpending> scoresAndSpending(AgencyYear id) {
        ScoreCurrent current = ScoreCurrent.findById(id);
        if (current == null) {
            return Optional.empty();
        }
        LedgerAggregate ledger = LedgerAggregate.findById(id);
        return Optional.of(new ScoresAndSpending(view(current, ledger), current.executionRate,
                ledger == null ? null : ledger.adjustedBudget, ledger == null ? Map.of() : monthlySpending.of(id)));
    }

    /** Every region's years with scores, latest year first. */
    public List<RegionYear> scoredRegionYears() {
        return entityManager.createQuery("select distinct s.id.fiscalYear, s.mofDivCode from ScoreCurrent s "
                        + "where s.mofDivCode is not null order by 1 desc, 2", Object[].class)
                .getResultStream()
                .map(row -> new RegionYear((Integer) row[0], (String) row[1]))
                .toList();
    }

    /** The agency's years with scores, latest first. */
    public List<Integer> scoredYears(String agencyCode) {
        return entityManager.createQuery("select s.id.fiscalYear from ScoreCurrent s where s.id.agencyCode = ?1 "
                        + "order by s.id.fiscalYear desc", Integer.class)
                .setParameter(1, agencyCode)
                .getResultList();
    }

    public List<ScoreSummary> region(int fiscalYear, String mofDivCode, Sort sort, boolean descending) {
        Comparator<ScoreSummary> order = switch (sort) {
            case TOTAL -> Comparator.comparing(ScoreSummary::total);
            case EXECUTION_RATE -> Comparator.comparing(ScoreSummary::executionRate,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case AGENCY -> Comparator.comparing(ScoreSummary::agencyCode);
        };
        return ScoreCurrent.ofRegion(fiscalYear, mofDivCode).stream()
                .map(s -> new ScoreSummary(s.id.agencyCode, s.agencyName, s.mofDivCode, s.id.fiscalYear, s.total,
                        s.grade, s.executionRate, s.ledgerSequence, s.computedAt))
                .sorted(descending ? order.reversed() : order)
                .toList();
    }

    public List<ScoreChange> history(AgencyYear id) {
        ScoreCurrent current = ScoreCurrent.findById(id);
        String region = current == null ? null : current.mofDivCode;
        List<ScoreHistory> changes = ScoreHistory.of(id.agencyCode, id.fiscalYear);
        java.util.ArrayList<ScoreChange> history = new java.util.ArrayList<>();
        ScoreHistory previous = null;
        for (ScoreHistory change : changes) {
            history.add(new ScoreChange(change.agencyCode, region, change.fiscalYear, change.total, change.grade,
                    previous == null ? null : previous.total, previous == null ? null : previous.grade,
                    change.ledgerSequence, change.changedAt));
            previous = change;
        }
        return history;
    }

    private ScoreView view(ScoreCurrent current, LedgerAggregate ledger) {
        return new ScoreView(current.id.agencyCode, current.agencyName, current.mofDivCode, current.id.fiscalYear,
                current.frameworkId, current.version, current.total, current.grade, tree(current.card),
                new ScoreView.AsOf(current.ledgerSequence, ledger == null ? null : ledger.lastEventAt,
                        current.inputChangedAt, current.computedAt));
    }

    private List<ScoredIndicator> tree(String card) {
        try {
            return json.readValue(card, new TypeReference<List<ScoredIndicator>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored score card unreadable", e);
        }
    }
}
