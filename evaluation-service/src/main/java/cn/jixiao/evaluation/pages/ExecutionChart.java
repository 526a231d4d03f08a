package cn.jixiao.evaluation.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The monthly cumulative execution curve as SVG geometry: cumulative spending in percent of the adjusted budget at the
 * end of each month that has begun, with the milestones of {@link Milestones} for comparison.
 */
record ExecutionChart(List<Point> months, List<Point> milestones, List<Tick> yTicks, List<Tick> xTicks,
        String line) {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    static final int LEFT = 56;
    static final int RIGHT = 24;
    static final int TOP = 20;
    static final int BOTTOM = 44;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal STEP = new BigDecimal("20");

    /** A plotted value with its position; {@code amount} is the cumulative spending (null for milestones). */
    record Point(int month, BigDecimal percent, BigDecimal amount, String x, String y) {

        public String monthLabel() {
            return month + "月";
        }

        public String amountLabel() {
            return PageFormat.number(amount);
        }

        public String percentLabel() {
            return PageFormat.percent(percent);
        }

        /** The corners of a diamond around the point, as SVG polygon points. */
        public String diamond() {
            double cx = Double.parseDouble(x);
            double cy = Double.parseDouble(y);
            return String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f",
                    cx, cy - 6, cx + 6, cy, cx, cy + 6, cx - 6, cy);
        }
    }

    record Tick(String position, String label) {
    }

    /** Null when the adjusted budget is zero: there is nothing to measure spending against. */
    static ExecutionChart of(BigDecimal adjustedBudget, Map<Integer, BigDecimal> monthlySpending, int monthsBegun) {
        if (adjustedBudget == null || adjustedBudget.signum() == 0) {
            return null;
        }
        List<BigDecimal[]> cumulative = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        for (int month = 1; month <= monthsBegun; month++) {
            spent = spent.add(monthlySpending.getOrDefault(month, BigDecimal.ZERO));
            cumulative.add(new BigDecimal[] {spent, spent.multiply(HUNDRED).divide(adjustedBudget, 2, RoundingMode.HALF_UP)});
        }
        BigDecimal top = cumulative.stream().map(c -> c[1]).reduce(HUNDRED, BigDecimal::max)
                .divide(STEP, 0, RoundingMode.CEILING).multiply(STEP);
        Scale scale = new Scale(top);
        List<Point> months = IntStream.range(0, cumulative.size())
                .mapToObj(i -> scale.point(i + 1, cumulative.get(i)[1], cumulative.get(i)[0])).toList();
        List<Point> milestones = Milestones.ALL.stream().map(m -> scale.point(m.month(), m.target(), null)).toList();
        List<Tick> yTicks = IntStream.rangeClosed(0, top.divide(STEP).intValue())
                .mapToObj(i -> new Tick(scale.y(STEP.multiply(BigDecimal.valueOf(i))), i * 20 + "%")).toList();
        List<Tick> xTicks = IntStream.rangeClosed(1, 12).mapToObj(m -> new Tick(scale.x(m), m + "月")).toList();
        String line = String.join(" ", months.stream().map(p -> p.x() + "," + p.y()).toList());
        return new ExecutionChart(months, milestones, yTicks, xTicks, line);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String plotLeft() {
        return String.valueOf(LEFT);
    }

    public String plotRight() {
        return String.valueOf(WIDTH - RIGHT);
    }

    public String plotBottom() {
        return String.valueOf(HEIGHT - BOTTOM);
    }

    public String xLabelY() {
        return String.valueOf(HEIGHT - BOTTOM + 20);
    }

    private record Scale(BigDecimal top) {

        Point point(int month, BigDecimal percent, BigDecimal amount) {
            return new Point(month, percent, amount, x(month), y(percent));
        }

        String x(int month) {
            return coordinate(LEFT + (month - 1) * (WIDTH - LEFT - RIGHT) / 11.0);
        }

        String y(BigDecimal percent) {
            double plotHeight = HEIGHT - TOP - BOTTOM;
            return coordinate(TOP + plotHeight * (1 - Math.max(0, percent.doubleValue()) / top.doubleValue()));
        }

        private static String coordinate(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
