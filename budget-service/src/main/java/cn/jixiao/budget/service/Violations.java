package cn.jixiao.budget.service;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.platform.problem.FieldError;

/** Collects every reason a request is refused, so that one answer names all of them. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();
    private Integer index;

    /** Errors added from now on belong to the batch item with this index (null: a single item). */
    public Violations at(Integer itemIndex) {
        this.index = itemIndex;
        return this;
    }

    public void add(String field, String code, String message) {
        errors.add(new FieldError(index, field, code, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the request when anything was collected: 409 when every error is a conflict, else 422. */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        boolean onlyConflicts = errors.stream().allMatch(error -> ErrorCode.CONFLICT.equals(error.code()));
        throw onlyConflicts ? LedgerRejection.conflict(errors) : LedgerRejection.invalid(errors);
    }
}
