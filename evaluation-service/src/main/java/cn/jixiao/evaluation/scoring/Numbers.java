package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding and the way figures are written in rule descriptions and explanations. */
final class Numbers {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal ZERO_POINTS = BigDecimal.ZERO.setScale(2);

    private Numbers() {
    }

    /** Scores and rates: two decimals, half up. */
    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A measured rate: 95.33%. */
    static String percent(BigDecimal rate) {
        return round(rate).toPlainString() + "%";
    }

    /** A score: 9.53. */
    static String score(BigDecimal score) {
        return round(score).toPlainString();
    }

    /** A configured figure (weight, target, threshold) as people write it: 10, 1.5, 95. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A fraction of the weight as a percentage: 0.8 → 80%. */
    static String fraction(BigDecimal fraction) {
        return plain(fraction.multiply(HUNDRED)) + "%";
    }

    static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }
}
