package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One indicator of the tree (一级, 二级 or 三级). A parent's score is the sum of its children's; only leaves have a
 * rule.
 *
 * @param weight the indicator's points (分值), at most two decimals
 */
public record Indicator(
        String code,
        String name,
        BigDecimal weight,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Indicator> children,
        @JsonInclude(JsonInclude.Include.NON_NULL) Rule rule) {

    public Indicator {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
