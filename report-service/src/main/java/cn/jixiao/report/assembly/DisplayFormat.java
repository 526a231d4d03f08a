package cn.jixiao.report.assembly;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the report shows figures: amounts in 万元 with two decimals (元 ÷ 10000, HALF_UP), rates with two decimals and
 * "%", scores in tables with two decimals and in sentences without trailing zeros, and "—" wherever a value is absent.
 */
public final class DisplayFormat {

    public static final String MISSING = "—";

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DisplayFormat() {
    }

    /** "1924.28" for 19242800.00 元. */
    public static String wanYuan(BigDecimal yuan) {
        return yuan == null ? MISSING : inWanYuan(yuan).toPlainString();
    }

    /** 1924.28 for 19242800.00 元: 万元, two decimals, half up. */
    public static BigDecimal inWanYuan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(YUAN_PER_WAN, 2, RoundingMode.HALF_UP);
    }

    /** "1924.28万元", or "—" without a unit. */
    public static String wanYuanWithUnit(BigDecimal yuan) {
        return yuan == null ? MISSING : wanYuan(yuan) + "万元";
    }

    /** "95.33%" for a rate in percent. */
    public static String percent(BigDecimal rate) {
        return rate == null ? MISSING : rate.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Points in a score table, as the sample's 自评表 prints them: "90.00", "4.40", "3.00". */
    public static String score(BigDecimal points) {
        return points == null ? MISSING : points.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Points as a person writes them in a sentence: "90", "9.53", "1.5". */
    public static String points(BigDecimal points) {
        return points == null ? MISSING : points.stripTrailingZeros().toPlainString();
    }

    public static String count(Integer count) {
        return count == null ? MISSING : count.toString();
    }

    /** {@code part} as a percentage of {@code whole}, two decimals; null when the whole is absent or zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** The Chinese label of a score status as evaluation-service names it. */
    public static String statusLabel(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "SCORED" -> "已评分";
            case "INSUFFICIENT_DATA" -> "数据不足";
            case "PENDING_INPUT" -> "待填报";
            default -> status;
        };
    }
}
