package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * 部门特性指标 / 个性指标: an indicator whose children the department itself defines within the indicator's points
 * (name, target, unit, direction, weight). The finance bureau approves a definition before it is scored; see
 * {@link SlotDefinition} and {@link SlotScoring}.
 *
 * @param minChildren at least this many children, 1 or more
 * @param maxChildren at most this many, up to {@link #MAX_CHILDREN}
 * @param categories when given, each child names one of them (e.g. 产出, 效益)
 */
public record Slot(Integer minChildren, Integer maxChildren,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> categories) {

    /** A sensible bound: published tables list a handful of 个性指标 per department. */
    public static final int MAX_CHILDREN = 20;
    private static final int MAX_CATEGORY = 20;

    public Slot {
        categories = categories == null ? null : List.copyOf(categories);
    }

    /** The code of the department's {@code n}-th indicator (from 1) in the slot with this code: 3.3.D1. */
    public static String childCode(String slotCode, int n) {
        return slotCode + ".D" + n;
    }

    void validate(String path, ErrorList errors) {
        if (minChildren == null) {
            errors.add(path + ".minChildren", Code.REQUIRED, "部门自定义指标栏缺少下级指标个数下限 minChildren");
        } else if (minChildren < 1) {
            errors.add(path + ".minChildren", Code.SLOT, "部门自定义指标栏的下级指标个数下限至少为 1");
        }
        if (maxChildren == null) {
            errors.add(path + ".maxChildren", Code.REQUIRED, "部门自定义指标栏缺少下级指标个数上限 maxChildren");
        } else if (maxChildren > MAX_CHILDREN) {
            errors.add(path + ".maxChildren", Code.SLOT, "部门自定义指标栏的下级指标最多 " + MAX_CHILDREN + " 项");
        } else if (minChildren != null && minChildren >= 1 && maxChildren < minChildren) {
            errors.add(path + ".maxChildren", Code.SLOT, "下级指标个数上限 " + maxChildren + " 小于下限 " + minChildren);
        }
        if (categories != null) {
            if (categories.isEmpty()) {
                errors.add(path + ".categories", Code.SLOT, "类别列表 categories 不能为空（不限类别时省略该字段）");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < categories.size(); i++) {
                String category = categories.get(i);
                String at = path + ".categories[" + i + "]";
                if (category == null || category.isBlank() || category.length() > MAX_CATEGORY) {
                    errors.add(at, Code.SLOT, "类别须为不超过 " + MAX_CATEGORY + " 个字符的名称");
                } else if (!seen.add(category)) {
                    errors.add(at, Code.SLOT, "类别“" + category + "”重复");
                }
            }
        }
    }

    /** 由部门自定义 1–5 项指标（类别：产出、效益），分值合计 20 分，经财政局审核后按各项目标完成情况计分 */
    String describe(BigDecimal weight) {
        String count = minChildren.equals(maxChildren) ? String.valueOf(minChildren) : minChildren + "–" + maxChildren;
        return "由部门自定义 " + count + " 项指标" + (categories == null ? "" : "（类别：" + String.join("、", categories)
                + "）") + "，分值合计 " + Numbers.plain(weight) + " 分，经财政局审核后按各项目标完成情况计分";
    }
}
