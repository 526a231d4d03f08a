package cn.jixiao.evaluation.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.Inputs;
import cn.jixiao.evaluation.repository.AgencyIndicator;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.SelfAssessment;
import cn.jixiao.evaluation.scoring.Assessment;
import cn.jixiao.evaluation.scoring.AssessmentValidator;
import cn.jixiao.evaluation.scoring.Framework;
import cn.jixiao.evaluation.scoring.Indicator;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The department's self-assessments of qualitative indicators and the finance bureau's reviews of them: each is
 * checked against the indicator of the framework that scores the year, stored, and followed at once by a
 * recalculation of the scores.
 */
@ApplicationScoped
public class SelfAssessmentService {

    private static final Map<String, Assessment.Level> LEVELS = Map.of(
            "achieved", Assessment.Level.ACHIEVED,
            "partly-achieved", Assessment.Level.PARTLY_ACHIEVED,
            "not-achieved", Assessment.Level.NOT_ACHIEVED);
    /** Sizes of the stored inputs (db/migration V2) and a sensible bound of the evidence list. */
    private static final int MAX_REASON = 4000;
    private static final int MAX_EVIDENCE = 50;

    private final FrameworkCatalog frameworks;
    private final ScoreService scores;
    private final ObjectMapper json;

    SelfAssessmentService(FrameworkCatalog frameworks, ScoreService scores, ObjectMapper json) {
        this.frameworks = frameworks;
        this.scores = scores;
        this.json = json;
    }

    @Transactional
    public Inputs.SelfAssessmentView assess(AgencyYear id, String indicatorCode, Inputs.SelfAssessmentRequest request,
            String caller) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw InputRejected.invalid(List.of(new FieldError(null, "REQUIRED", "请求体不能为空")));
        }
        Assessment.Level level = request.level() == null ? null : LEVELS.get(request.level());
        if (level == null) {
            errors.add(new FieldError("level", "INVALID_VALUE", "等级须为 achieved（达成）、partly-achieved（部分达成）或 not-achieved（未达成）"));
        }
        if (request.score() == null) {
            errors.add(new FieldError("score", "REQUIRED", "自评得分为必填项"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "REQUIRED", "自评理由为必填项"));
        } else {
            InputChecks.text(errors, "reason", request.reason(), MAX_REASON, true);
        }
        List<Inputs.Evidence> evidence = request.evidence() == null ? List.of() : request.evidence();
        if (evidence.size() > MAX_EVIDENCE) {
            errors.add(new FieldError("evidence", "TOO_MANY", "佐证材料最多 " + MAX_EVIDENCE + " 项"));
            evidence = List.of();
        }
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i) == null || evidence.get(i).title() == null || evidence.get(i).title().isBlank()) {
                errors.add(new FieldError("evidence[" + i + "].title", "REQUIRED", "佐证材料须有标题"));
            } else {
                InputChecks.text(errors, "evidence[" + i + "].title", evidence.get(i).title(), 200, false);
                InputChecks.text(errors, "evidence[" + i + "].reference", evidence.get(i).reference(), 500, false);
            }
        }
        if (errors.isEmpty()) {
            Assessment assessment = new Assessment(level, request.score(), null, request.reason());
            AssessmentValidator.check(framework(id), indicatorCode, assessment)
                    .forEach(e -> errors.add(new FieldError(e.path(), e.code().name(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        AgencyIndicator key = new AgencyIndicator(id, indicatorCode);
        SelfAssessment stored = SelfAssessment.findById(key);
        boolean first = stored == null;
        if (first) {
            stored = new SelfAssessment();
            stored.id = key;
        }
        Instant now = StoredTime.now();
        stored.level = level.name();
        stored.score = request.score();
        stored.reason = request.reason();
        stored.evidence = write(evidence);
        stored.assessedAt = now;
        stored.assessedBy = caller;
        // a review judged the previous assessment; the new one awaits its own
        stored.reviewScore = null;
        stored.reviewReason = null;
        stored.reviewedAt = null;
        stored.reviewedBy = null;
        if (first) {
            stored.persist();
        }
        scores.recalculate(id, now);
        return view(stored);
    }

    @Transactional
    public Inputs.SelfAssessmentView review(AgencyYear id, String indicatorCode, Inputs.ReviewRequest request,
            String caller) {
        SelfAssessment stored = SelfAssessment.findById(new AgencyIndicator(id, indicatorCode));
        if (stored == null) {
            throw Refusal.notFound("指标 " + indicatorCode + " 尚无自评，无法复核");
        }
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = framework(id).find(indicatorCode)
                .orElseThrow(() -> Refusal.notFound("当前指标体系中没有指标 " + indicatorCode));
        if (request == null || request.score() == null) {
            errors.add(new FieldError("score", "REQUIRED", "复核得分为必填项"));
        } else if (request.score().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("score", "INVALID_SCALE", "复核得分最多两位小数"));
        } else if (request.score().signum() < 0 || request.score().compareTo(indicator.weight()) > 0) {
            errors.add(new FieldError("score", "OUT_OF_RANGE", "复核得分须在 0 至 " + indicator.weight().toPlainString()
                    + " 分之间"));
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "REQUIRED", "复核理由为必填项"));
        } else {
            InputChecks.text(errors, "reason", request.reason(), MAX_REASON, true);
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        Instant now = StoredTime.now();
        stored.reviewScore = request.score();
        stored.reviewReason = request.reason();
        stored.reviewedAt = now;
        stored.reviewedBy = caller;
        scores.recalculate(id, now);
        return view(stored);
    }

    public List<Inputs.SelfAssessmentView> list(AgencyYear id) {
        return SelfAssessment.of(id.agencyCode, id.fiscalYear).stream().map(this::view).toList();
    }

    private Framework framework(AgencyYear id) {
        return frameworks.scoring(id);
    }

    private Inputs.SelfAssessmentView view(SelfAssessment s) {
        Assessment.Level level = Assessment.Level.valueOf(s.level);
        String code = LEVELS.entrySet().stream().filter(e -> e.getValue() == level).findFirst().orElseThrow().getKey();
        return new Inputs.SelfAssessmentView(s.id.indicatorCode, code, level.label(), s.score, s.reason, read(s.evidence),
                s.assessedAt, s.assessedBy, s.reviewScore, s.reviewReason, s.reviewedAt, s.reviewedBy,
                s.reviewScore != null ? s.reviewScore : s.score);
    }

    private String write(List<Inputs.Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Inputs.Evidence> read(String evidence) {
        try {
            return json.readValue(evidence, new TypeReference<List<Inputs.Evidence>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
