package cn.jixiao.budget.service;

import java.util.Map;

/** Names of the top-level 部门预算支出经济分类. */
final class EconomicClasses {

    static final Map<String, String> NAMES = Map.of(
            "301", "工资福利支出",
            "302", "商品和服务支出",
            "303", "对个人和家庭的补助",
            "307", "债务利息及费用支出",
            "309", "资本性支出（基本建设）",
            "310", "资本性支出",
            "311", "对企业补助（基本建设）",
            "312", "对企业补助",
            "313", "对社会保障基金补助",
            "399", "其他支出");

    private EconomicClasses() {
    }

    static String name(String classCode) {
        return NAMES.getOrDefault(classCode, "其他");
    }
}
