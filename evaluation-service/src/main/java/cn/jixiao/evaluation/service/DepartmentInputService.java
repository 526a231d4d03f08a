package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.Inputs;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.DepartmentInput;
import cn.jixiao.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The department's key tasks (planned, completed), petitions (received, handled) and satisfaction survey result:
 * checked, stored, and followed at once by a recalculation of the scores.
 */
@ApplicationScoped
public class DepartmentInputService {

    private final ScoreService scores;

    DepartmentInputService(ScoreService scores) {
        this.scores = scores;
    }

    @Transactional
    public Inputs.DepartmentInputs save(AgencyYear id, Inputs.DepartmentInputs request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw InputRejected.invalid(List.of(new FieldError(null, "REQUIRED", "请求体不能为空")));
        }
        nonNegative(errors, "keyTasksPlanned", request.keyTasksPlanned());
        nonNegative(errors, "keyTasksCompleted", request.keyTasksCompleted());
        nonNegative(errors, "petitionsReceived", request.petitionsReceived());
        nonNegative(errors, "petitionsHandled", request.petitionsHandled());
        notAbove(errors, "keyTasksCompleted", request.keyTasksCompleted(), request.keyTasksPlanned(), "完成数不能超过计划数");
        notAbove(errors, "petitionsHandled", request.petitionsHandled(), request.petitionsReceived(), "办理数不能超过受理数");
        BigDecimal rate = request.satisfactionRate();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0
                || rate.stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError("satisfactionRate", "OUT_OF_RANGE", "满意度须在 0 至 100 之间，最多两位小数"));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        DepartmentInput input = DepartmentInput.findOrNew(id);
        input.keyTasksPlanned = request.keyTasksPlanned();
        input.keyTasksCompleted = request.keyTasksCompleted();
        input.petitionsReceived = request.petitionsReceived();
        input.petitionsHandled = request.petitionsHandled();
        input.satisfactionRate = rate;
        input.updatedAt = StoredTime.now();
        if (!input.isPersistent()) {
            input.persist();
        }
        scores.recalculate(id, input.updatedAt);
        return read(id);
    }

    public Inputs.DepartmentInputs read(AgencyYear id) {
        DepartmentInput input = DepartmentInput.findById(id);
        return input == null ? new Inputs.DepartmentInputs(null, null, null, null, null)
                : new Inputs.DepartmentInputs(input.keyTasksPlanned, input.keyTasksCompleted, input.petitionsReceived,
                        input.petitionsHandled, input.satisfactionRate);
    }

    private static void nonNegative(List<FieldError> errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", field + " 不能为负数"));
        }
    }

    private static void notAbove(List<FieldError> errors, String field, Integer value, Integer limit, String message) {
        if (value != null && limit != null && value > limit) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", message));
        }
    }
}
