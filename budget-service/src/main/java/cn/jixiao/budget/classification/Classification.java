package cn.jixiao.budget.classification;

import java.util.List;

/**
 * The classification rules of the ledger, decided here only: the execution summary sums by them and the ledger events
 * carry their outcome, so that no consumer re-decides codes (docs/events.md).
 */
public final class Classification {

    private static final String SOURCE_INITIAL = "1";

    /** 项目类别 by the first digit of {@code proCatCode}: 人员类 and 运转类 are 基本支出, 特定目标类 is 项目支出. */
    public enum ExpenseKind {
        PERSONNEL("personnel", "1"),
        RUNNING("running", "2"),
        PROJECT("project", "3");

        private final String code;
        private final String proCatPrefix;

        ExpenseKind(String code, String proCatPrefix) {
            this.code = code;
            this.proCatPrefix = proCatPrefix;
        }

        /** The value in events and APIs. */
        public String code() {
            return code;
        }
    }

    /** The "三公" groups as published, each with its 部门预算支出经济分类 codes. */
    public enum ThreePublicGroup {
        ABROAD("abroad", "因公出国（境）费用", List.of("30212")),
        VEHICLES("vehicles", "公务用车购置及运行维护费", List.of("30231", "31013")),
        RECEPTION("reception", "公务接待费", List.of("30217"));

        private final String code;
        private final String label;
        private final List<String> economicCodes;

        ThreePublicGroup(String code, String label, List<String> economicCodes) {
            this.code = code;
            this.label = label;
            this.economicCodes = economicCodes;
        }

        /** The value in events and APIs. */
        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    private Classification() {
    }

    /** The kind of a validated {@code proCatCode} (1, 2 or 3 followed by up to three digits). */
    public static ExpenseKind expenseKind(String proCatCode) {
        for (ExpenseKind kind : ExpenseKind.values()) {
            if (proCatCode.startsWith(kind.proCatPrefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("proCatCode " + proCatCode + " is neither 人员类, 运转类 nor 特定目标类");
    }

    /** The "三公" group of a {@code depBgtEcoCode}, or null when it is none of the three. */
    public static ThreePublicGroup threePublicGroup(String depBgtEcoCode) {
        for (ThreePublicGroup group : ThreePublicGroup.values()) {
            if (group.economicCodes.contains(depBgtEcoCode)) {
                return group;
            }
        }
        return null;
    }

    /** Whether a budget line counts as 年初预算: an original line (not an adjustment) whose source is 年初. */
    public static boolean initialBudget(String oriBgtId, String sourceTypeCode) {
        return oriBgtId == null && SOURCE_INITIAL.equals(sourceTypeCode);
    }
}
