package cn.jixiao.evaluation.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jixiao.evaluation.api.FrameworkInputs;
import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.repository.AgencyIndicator;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.InputChange;
import cn.jixiao.evaluation.repository.OccurrenceCount;
import cn.jixiao.evaluation.scoring.PerOccurrenceRule;
import cn.jixiao.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Counts of occurrences (例数) for per-occurrence indicators, entered by the department or the finance bureau with
 * their evidence: checked against the framework that scores the year, stored with every earlier count kept, and
 * followed at once by a recalculation of the scores.
 */
@ApplicationScoped
public class OccurrenceService {

    /** A sensible bound: no scoring table deducts for more than a few dozen cases. */
    private static final int MAX_COUNT = 1000;
    private static final int MAX_EVIDENCE = 4000;

    private final FrameworkCatalog frameworks;
    private final ScoreService scores;

    OccurrenceService(FrameworkCatalog frameworks, ScoreService scores) {
        this.frameworks = frameworks;
        this.scores = scores;
    }

    /** @param enteredAs the caller's role, department or finance-bureau */
    @Transactional
    public FrameworkInputs.OccurrenceView enter(AgencyYear id, String indicatorCode,
            FrameworkInputs.OccurrenceRequest request, String caller, String enteredAs) {
        if (request == null) {
            throw InputRejected.invalid(List.of(new FieldError(null, "REQUIRED", "请求体不能为空")));
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.count() == null) {
            errors.add(new FieldError("count", "REQUIRED", "例数为必填项"));
        } else if (request.count() < 0 || request.count() > MAX_COUNT) {
            errors.add(new FieldError("count", "OUT_OF_RANGE", "例数须在 0 至 " + MAX_COUNT + " 之间"));
        }
        if (request.evidence() == null || request.evidence().isBlank()) {
            errors.add(new FieldError("evidence", "REQUIRED", "证据或说明为必填项"));
        } else {
            InputChecks.text(errors, "evidence", request.evidence(), MAX_EVIDENCE, true);
        }
        if (errors.isEmpty()) {
            InputChecks.indicator(errors, frameworks.scoring(id), indicatorCode)
                    .filter(indicator -> !PerOccurrenceRule.counts(indicator))
                    .ifPresent(indicator -> InputChecks.wrongKind(errors, indicator, "NOT_PER_OCCURRENCE",
                            "按例扣分指标，不接受例数"));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        AgencyIndicator key = new AgencyIndicator(id, indicatorCode);
        OccurrenceCount stored = OccurrenceCount.findById(key);
        boolean first = stored == null;
        if (first) {
            stored = new OccurrenceCount();
            stored.id = key;
        }
        Instant now = StoredTime.now();
        stored.occurrences = request.count();
        stored.evidence = request.evidence();
        stored.enteredAt = now;
        stored.enteredBy = caller;
        stored.enteredAs = enteredAs;
        if (first) {
            stored.persist();
        }
        InputChange.record(key, InputChange.OCCURRENCES, String.valueOf(request.count()), request.evidence(), now,
                caller, enteredAs);
        scores.recalculate(id, now);
        return list(id).stream().filter(view -> view.indicatorCode().equals(indicatorCode)).findFirst().orElseThrow();
    }

    public List<FrameworkInputs.OccurrenceView> list(AgencyYear id) {
        Map<String, List<FrameworkInputs.Change>> history = InputHistory.of(id, InputChange.OCCURRENCES);
        return OccurrenceCount.of(id).stream()
                .map(c -> new FrameworkInputs.OccurrenceView(c.id.indicatorCode, c.occurrences, c.evidence, c.enteredAt,
                        c.enteredBy, c.enteredAs, history.getOrDefault(c.id.indicatorCode, List.of())))
                .toList();
    }
}
