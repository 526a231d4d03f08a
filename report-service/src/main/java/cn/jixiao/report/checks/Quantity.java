package cn.jixiao.report.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number with its unit as the narrative states it ("95%", "1,360,848.10 元", "23.96万"), at [start, end) of the
 * paragraph. Its precision is the number of decimals written: "95%" only claims the rate rounds to 95.
 */
record Quantity(BigDecimal number, Unit unit, int start, int end, String text) {

    int scale() {
        return number.scale();
    }

    /** Whether the figure, in this unit and rounded to the stated decimals, is the stated number. */
    boolean matches(BigDecimal figure) {
        return unit.fromFigure(figure).setScale(scale(), RoundingMode.HALF_UP).compareTo(number) == 0;
    }

    /** The figure in this unit, with the stated decimals but at least two, e.g. "1834.36万元" or "4.67%". */
    String format(BigDecimal figure) {
        return unit.fromFigure(figure).setScale(Math.max(scale(), 2), RoundingMode.HALF_UP).toPlainString()
                + unit.label;
    }

    /** An amount in 万元, exact: "14.33万元" is 14.33, "1,360,848.10元" is 136.084810. */
    BigDecimal inWanYuan() {
        return unit == Unit.YUAN ? number.movePointLeft(4) : number;
    }
}
