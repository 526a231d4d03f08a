package cn.jixiao.report.model;

import java.util.Map;

/**
 * What the department writes, by section key, as plain text: paragraphs separated by blank lines, list items as lines
 * starting with "1、", "（1）", "-" or "•". Keys, in report order: functions 部门职能, organisation 内设机构,
 * work 年度总体工作和重点工作任务, targets 整体支出绩效目标, expenditure 部门整体支出情况说明, evaluation 绩效自评情况说明,
 * problems 存在问题及改进措施, plans 下一步工作计划, rectification 上年度绩效自评整改情况.
 */
public record Narrative(Map<String, String> sections) {

    public static final java.util.List<String> KEYS = java.util.List.of("functions", "organisation", "work", "targets",
            "expenditure", "evaluation", "problems", "plans", "rectification");

    public String section(String key) {
        return sections == null ? null : sections.get(key);
    }
}
