package cn.jixiao.evaluation.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.ScoreChange;
import cn.jixiao.evaluation.api.ScoreSummary;
import cn.jixiao.evaluation.api.ScoreView;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.ScoreCurrent;
import cn.jixiao.evaluation.repository.ScoreHistory;
import cn.jixiao.evaluation.scoring.ScoredIndicator;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of stored scores: one agency-year, a region's overview, and the history of changes. */
@ApplicationScoped
public class ScoreQuery {

    public enum Sort { TOTAL, EXECUTION_RATE, AGENCY }

    private final ObjectMapper json;

    ScoreQuery(ObjectMapper json) {
        this.json = json;
    }

    public Optional<ScoreView> scores(AgencyYear id) {
        ScoreCurrent current = ScoreCurrent.findById(id);
        if (current == null) {
            return Optional.empty();
        }
        LedgerAggregate ledger = LedgerAggregate.findById(id);
        return Optional.of(new ScoreView(current.id.agencyCode, current.agencyName, current.mofDivCode,
                current.id.fiscalYear, current.frameworkId, current.version, current.total, current.grade,
                tree(current.card), new ScoreView.AsOf(current.ledgerSequence,
                        ledger == null ? null : ledger.lastEventAt, current.inputChangedAt, current.computedAt)));
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

    private List<ScoredIndicator> tree(String card) {
        try {
            return json.readValue(card, new TypeReference<List<ScoredIndicator>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored score card unreadable", e);
        }
    }
}
