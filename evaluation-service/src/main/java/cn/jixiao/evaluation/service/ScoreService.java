package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.ScoreChange;
import cn.jixiao.evaluation.api.ScoreView;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.DepartmentInput;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.LedgerPosition;
import cn.jixiao.evaluation.repository.MonthlySpending;
import cn.jixiao.evaluation.repository.OccurrenceCount;
import cn.jixiao.evaluation.repository.OneOfChoice;
import cn.jixiao.evaluation.repository.PerformanceTarget;
import cn.jixiao.evaluation.repository.ScoreCurrent;
import cn.jixiao.evaluation.repository.ScoreHistory;
import cn.jixiao.evaluation.repository.SelfAssessment;
import cn.jixiao.evaluation.scoring.Assessment;
import cn.jixiao.evaluation.scoring.Framework;
import cn.jixiao.evaluation.scoring.FrameworkDocuments;
import cn.jixiao.evaluation.scoring.FrameworkParseResult;
import cn.jixiao.evaluation.scoring.Measure;
import cn.jixiao.evaluation.scoring.MeasureValues;
import cn.jixiao.evaluation.scoring.ScoreCard;
import cn.jixiao.evaluation.scoring.Scorer;
import cn.jixiao.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Recalculates an agency-year's scores when its ledger aggregates or the department's inputs change, in the same
 * transaction as the change, and records every change of total or grade. Whoever changes them calls it: the ledger
 * consumer once per batch (and a rebuild once at its end), the input services once per request.
 */
@ApplicationScoped
public class ScoreService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FrameworkCatalog frameworks;
    private final MonthlySpending monthlySpending;
    private final LedgerQuantities ledgerQuantities;
    private final ObjectMapper json;
    private final Event<ScoreChange> changes;
    private final SlotDefinitions slotDefinitions;

    ScoreService(FrameworkCatalog frameworks, MonthlySpending monthlySpending, LedgerQuantities ledgerQuantities,
            ObjectMapper json, Event<ScoreChange> changes, SlotDefinitions slotDefinitions) {
        this.frameworks = frameworks;
        this.monthlySpending = monthlySpending;
        this.ledgerQuantities = ledgerQuantities;
        this.json = json;
        this.changes = changes;
        this.slotDefinitions = slotDefinitions;
    }

    /** Recalculates and stores the scores; {@code inputChangedAt} is set when a department input caused it. */
    @Transactional
    public void recalculate(AgencyYear id, Instant inputChangedAt) {
        LedgerPosition position = LedgerPosition.findById(id.agencyCode);
        String mofDivCode = position == null ? null : position.mofDivCode;
        FrameworkCatalog.Selected framework = frameworks.frameworkFor(mofDivCode, id.fiscalYear);
        if (framework == null) {
            return;
        }
        LedgerAggregate ledger = LedgerAggregate.findById(id);
        MeasureValues values = measure(id, position, ledger, framework.framework());
        ScoreCard card = Scorer.score(framework.framework(), values);

        ScoreCurrent current = ScoreCurrent.findById(id);
        boolean first = current == null;
        if (first) {
            current = new ScoreCurrent();
            current.id = id;
        }
        BigDecimal previousTotal = current.total;
        String previousGrade = current.grade;
        Instant now = StoredTime.now();
        current.mofDivCode = mofDivCode;
        current.agencyName = position == null ? null : position.agencyName;
        current.frameworkId = framework.id();
        current.version = framework.version();
        current.total = card.total();
        current.grade = card.grade();
        current.executionRate = values.rate(Measure.EXECUTION_RATE).orElse(null);
        current.card = serialise(card);
        current.ledgerSequence = ledger == null ? 0 : ledger.lastSequence;
        if (inputChangedAt != null) {
            current.inputChangedAt = inputChangedAt;
        }
        current.computedAt = now;
        if (first) {
            current.persist();
        }
        if (previousTotal == null || previousTotal.compareTo(card.total()) != 0
                || !Objects.equals(previousGrade, card.grade())) {
            ScoreHistory history = new ScoreHistory();
            history.agencyCode = id.agencyCode;
            history.fiscalYear = id.fiscalYear;
            history.total = card.total();
            history.grade = card.grade();
            history.ledgerSequence = current.ledgerSequence;
            history.changedAt = now;
            history.persist();
            changes.fire(new ScoreChange(id.agencyCode, mofDivCode, id.fiscalYear, card.total(), card.grade(),
                    previousTotal, previousGrade, current.ledgerSequence, now));
        }
    }

    /**
     * Scores a draft framework document against the agency-year's current ledger and inputs, as {@link #recalculate}
     * would with it assigned; nothing is stored and no score change is published.
     */
    public ScoreView preview(AgencyYear id, String document) {
        FrameworkParseResult parsed = FrameworkDocuments.parse(document);
        if (!parsed.valid()) {
            throw InputRejected.framework(parsed.errors());
        }
        LedgerAggregate ledger = LedgerAggregate.findById(id);
        if (ledger == null) {
            throw Refusal.notFound("预算单位 " + id.agencyCode + " 的 " + id.fiscalYear + " 年度尚无账本数据，无法试评分");
        }
        LedgerPosition position = LedgerPosition.findById(id.agencyCode);
        Framework framework = parsed.framework();
        ScoreCard card = Scorer.score(framework, measure(id, position, ledger, framework));
        return new ScoreView(id.agencyCode, position == null ? null : position.agencyName,
                position == null ? null : position.mofDivCode, id.fiscalYear, framework.id(), framework.version(),
                card.total(), card.grade(), card.tree(),
                new ScoreView.AsOf(ledger.lastSequence, ledger.lastEventAt, null, StoredTime.now()));
    }

    private MeasureValues measure(AgencyYear id, LedgerPosition position, LedgerAggregate ledger,
            Framework framework) {
        LocalDate today = LocalDate.now(CHINA);
        return MeasureCalculator.measure(new MeasureCalculator.Inputs(
                ledger,
                LedgerAggregate.findById(new AgencyYear(id.agencyCode, id.fiscalYear - 1)),
                monthlySpending.of(id),
                DepartmentInput.findById(id),
                PerformanceTarget.of(id.agencyCode, id.fiscalYear),
                assessments(id),
                position == null ? null : position.authorizedStaff,
                position == null ? null : position.actualStaff,
                id.fiscalYear,
                today,
                framework.countsOccurrences() ? OccurrenceCount.of(id).stream()
                        .collect(Collectors.toMap(c -> c.id.indicatorCode, c -> c.occurrences)) : Map.of(),
                framework.offersChoices() ? OneOfChoice.of(id).stream()
                        .collect(Collectors.toMap(c -> c.id.indicatorCode, c -> c.alternative)) : Map.of(),
                framework.hasSlots() ? slotDefinitions.of(id) : Map.of()))
                .withFilteredQuantities(ledgerQuantities.of(framework, id, today));
    }

    /** Recalculates every agency-year of a region's year ({@code *}: every region), after its framework changed. */
    public int recalculateRegion(String mofDivCode, int fiscalYear) {
        List<AgencyYear> ids = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                LedgerAggregate.<LedgerAggregate>list("id.fiscalYear", fiscalYear).stream()
                        .map(aggregate -> aggregate.id)
                        .filter(id -> "*".equals(mofDivCode) || regionOf(id).equals(mofDivCode))
                        .toList());
        ids.forEach(id -> recalculate(id, null));
        return ids.size();
    }

    private static String regionOf(AgencyYear id) {
        LedgerPosition position = LedgerPosition.findById(id.agencyCode);
        return position == null || position.mofDivCode == null ? "" : position.mofDivCode;
    }

    private static Map<String, Assessment> assessments(AgencyYear id) {
        Map<String, Assessment> assessments = new HashMap<>();
        for (SelfAssessment stored : SelfAssessment.of(id.agencyCode, id.fiscalYear)) {
            assessments.put(stored.id.indicatorCode, new Assessment(Assessment.Level.valueOf(stored.level),
                    stored.score, stored.reviewScore, stored.reason));
        }
        return assessments;
    }

    private String serialise(ScoreCard card) {
        try {
            return json.writeValueAsString(card.tree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("score card cannot be serialised", e);
        }
    }
}
