package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether an actual value meets its target: not below it ({@code at-least}) or not above it ({@code at-most}). The one
 * judgement of "met" for performance targets (绩效目标) and for the indicators a department defines in a slot.
 */
public enum TargetDirection {

    AT_LEAST("at-least", "≥"),
    AT_MOST("at-most", "≤");

    private final String code;
    private final String sign;

    TargetDirection(String code, String sign) {
        this.code = code;
        this.sign = sign;
    }

    /** The direction with this API code, {@code at-least} or {@code at-most}. */
    public static Optional<TargetDirection> of(String code) {
        return Arrays.stream(values()).filter(direction -> direction.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** ≥ or ≤, as targets are printed: 目标 ≥ 1200 篇. */
    public String sign() {
        return sign;
    }

    /** A missing actual value has not met its target. */
    public boolean met(BigDecimal actual, BigDecimal target) {
        if (actual == null) {
            return false;
        }
        int comparison = actual.compareTo(target);
        return this == AT_MOST ? comparison <= 0 : comparison >= 0;
    }
}
