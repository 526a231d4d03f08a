package cn.jixiao.budget.service;

import java.util.List;

/** Reports a resent id whose content differs from what was recorded: one error per differing field. */
final class Conflicts {

    private Conflicts() {
    }

    static void report(Violations v, String what, String id, List<String> differingFields) {
        for (String field : differingFields) {
            v.add(field, ErrorCode.CONFLICT, what + " " + id + " 已登记，" + FieldRules.label(field)
                    + "与已登记内容不同；已登记的记录不可修改");
        }
    }
}
