package cn.jixiao.budget.service;

import java.util.List;

import cn.jixiao.budget.api.Batch;
import cn.jixiao.platform.problem.ErrorCodes;

/** The items of a batch request, once their number is within bounds. */
public final class BatchItems {

    public static final int MAX_ITEMS = 5_000;

    private BatchItems() {
    }

    static <T> List<T> of(Batch<T> batch) {
        Violations v = new Violations();
        if (batch == null || batch.items() == null || batch.items().isEmpty()) {
            v.add("items", ErrorCodes.REQUIRED, "批量请求须包含 items 数组，且至少一条");
        } else if (batch.items().size() > MAX_ITEMS) {
            v.add("items", ErrorCode.BATCH_SIZE,
                    "一次最多提交 " + MAX_ITEMS + " 条，本次 " + batch.items().size() + " 条，请拆分后提交");
        }
        v.throwIfAny();
        return batch.items();
    }

    /** Adds a record id to look up, if it is a well-formed one (anything else cannot be recorded). */
    static void addIfPresent(java.util.Set<String> ids, String id) {
        if (FieldRules.wellFormed(FieldRules.RECORD_ID, id)) {
            ids.add(id);
        }
    }

    /** The index to report for item i: null for a single-item request. */
    static Integer index(boolean batch, int i) {
        return batch ? i : null;
    }
}
