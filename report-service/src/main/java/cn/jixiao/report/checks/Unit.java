package cn.jixiao.report.checks;

import java.math.BigDecimal;

/** The unit a narrative states a value in, and what kind of figure it can be compared with. */
enum Unit {
    PERCENT(Kind.RATE, "%"),
    WAN_YUAN(Kind.AMOUNT, "万元"),
    YUAN(Kind.AMOUNT, "元"),
    POINTS(Kind.SCORE, "分");

    enum Kind {
        RATE, AMOUNT, SCORE
    }

    final Kind kind;
    final String label;

    Unit(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    static Unit parse(String written) {
        return switch (written) {
            case "%", "％" -> PERCENT;
            case "万", "万元" -> WAN_YUAN;
            case "元" -> YUAN;
            case "分" -> POINTS;
            default -> throw new IllegalArgumentException("unknown unit " + written);
        };
    }

    /** A figure as {@link cn.jixiao.report.model.Figures} holds it (元, percent, points), expressed in this unit. */
    BigDecimal fromFigure(BigDecimal figure) {
        return this == WAN_YUAN ? figure.movePointLeft(4) : figure;
    }
}
