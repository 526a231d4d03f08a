package cn.jixiao.budget.service;

import java.util.List;
import java.util.Map;

/** Names of the top-level 部门预算支出经济分类 and the economic codes of the three "三公" groups. */
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

    record ThreePublicGroup(String group, String name, List<String> codes) {
    }

    static final List<ThreePublicGroup> THREE_PUBLIC = List.of(
            new ThreePublicGroup("abroad", "因公出国（境）费用", List.of("30212")),
            new ThreePublicGroup("vehicles", "公务用车购置及运行维护费", List.of("30231", "31013")),
            new ThreePublicGroup("reception", "公务接待费", List.of("30217")));

    private EconomicClasses() {
    }

    static String name(String classCode) {
        return NAMES.getOrDefault(classCode, "其他");
    }
}
