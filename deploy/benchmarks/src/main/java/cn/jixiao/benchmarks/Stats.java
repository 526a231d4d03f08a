package cn.jixiao.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles (nearest rank) and number formatting for the table. */
final class Stats {

    private Stats() {
    }

    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** 12,345 */
    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** Milliseconds with one decimal below 10 ms, none above. */
    static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.1f ms", millis) : String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String percent(double ratio) {
        return ratio < 0.1 ? String.format(Locale.ROOT, "%.1f %%", ratio * 100)
                : String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    static String times(double ratio) {
        return ratio < 10 ? String.format(Locale.ROOT, "×%.1f", ratio) : String.format(Locale.ROOT, "×%,.0f", ratio);
    }
}
