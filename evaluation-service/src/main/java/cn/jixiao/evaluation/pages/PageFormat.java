package cn.jixiao.evaluation.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How figures and instants read on the pages: Beijing time, numbers as the API writes them, a dash for none. */
final class PageFormat {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

    private PageFormat() {
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    static String number(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
    }

    static String percent(BigDecimal value) {
        return value == null ? NONE : value.toPlainString() + "%";
    }

    /** Weights as the framework writes them: 10, 1.5. */
    static String weight(BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString();
    }
}
