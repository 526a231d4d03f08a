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
import cn.jixiao.evaluation.repository.OneOfChoice;
import cn.jixiao.evaluation.scoring.Indicator;
import cn.jixiao.evaluation.scoring.OneOfRule;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The department's choice of alternative for one-of (二者择其一) indicators: checked against the framework that scores
 * the year, stored with every earlier choice kept, and followed at once by a recalculation of the scores. A choice may
 * change at any time; each change rescores and stays in the history.
 */
@ApplicationScoped
public class OneOfChoiceService {

    private static final int MAX_NAME = 200;

    private final FrameworkCatalog frameworks;
    private final ScoreService scores;

    OneOfChoiceService(FrameworkCatalog frameworks, ScoreService scores) {
        this.frameworks = frameworks;
        this.scores = scores;
    }

    @Transactional
    public FrameworkInputs.ChoiceView choose(AgencyYear id, String indicatorCode, FrameworkInputs.ChoiceRequest request,
            String caller) {
        if (request == null) {
            throw InputRejected.invalid(List.of(new FieldError(null, "REQUIRED", "请求体不能为空")));
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.alternative() == null || request.alternative().isBlank()) {
            errors.add(new FieldError("alternative", "REQUIRED", "所选考核指标 alternative 为必填项"));
        } else {
            InputChecks.text(errors, "alternative", request.alternative(), MAX_NAME, false);
        }
        if (errors.isEmpty()) {
            InputChecks.indicator(errors, frameworks.scoring(id), indicatorCode)
                    .ifPresent(indicator -> alternative(errors, indicator, request.alternative()));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        AgencyIndicator key = new AgencyIndicator(id, indicatorCode);
        OneOfChoice stored = OneOfChoice.findById(key);
        boolean first = stored == null;
        if (first) {
            stored = new OneOfChoice();
            stored.id = key;
        }
        Instant now = StoredTime.now();
        stored.alternative = request.alternative();
        stored.chosenAt = now;
        stored.chosenBy = caller;
        if (first) {
            stored.persist();
        }
        InputChange.record(key, InputChange.CHOICE, request.alternative(), null, now, caller, Roles.DEPARTMENT);
        scores.recalculate(id, now);
        return list(id).stream().filter(view -> view.indicatorCode().equals(indicatorCode)).findFirst().orElseThrow();
    }

    private static void alternative(List<FieldError> errors, Indicator indicator, String name) {
        if (!(indicator.rule() instanceof OneOfRule oneOf)) {
            InputChecks.wrongKind(errors, indicator, "NOT_ONE_OF", "二者择其一指标，不接受选择");
        } else if (!oneOf.offers(name)) {
            errors.add(new FieldError("alternative", "UNKNOWN_ALTERNATIVE", "指标 " + indicator.code() + " 的备选考核指标为"
                    + oneOf.quotedNames() + "，没有“" + name + "”"));
        }
    }

    public List<FrameworkInputs.ChoiceView> list(AgencyYear id) {
        Map<String, List<FrameworkInputs.Change>> history = InputHistory.of(id, InputChange.CHOICE);
        return OneOfChoice.of(id).stream()
                .map(c -> new FrameworkInputs.ChoiceView(c.id.indicatorCode, c.alternative, c.chosenAt, c.chosenBy,
                        history.getOrDefault(c.id.indicatorCode, List.of())))
                .toList();
    }
}
