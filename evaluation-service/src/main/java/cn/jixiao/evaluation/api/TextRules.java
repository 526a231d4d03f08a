package cn.jixiao.evaluation.api;

/**
 * What text the service accepts in any input (JSON strings, path and query values, token claims): no NUL and no other
 * C0 control character or DEL (PostgreSQL refuses NUL; the others have no place in codes, names or pages), no unpaired
 * UTF-16 surrogate. Free text ({@code reason}) may hold line breaks and tabs.
 */
public final class TextRules {

    private TextRules() {
    }

    /** True when {@code value} has a control character other than tab, line feed and carriage return. */
    public static boolean hasForbiddenControl(String value) {
        return firstBad(value, true) >= 0;
    }

    /** True when {@code value} has any control character, line breaks and tabs included (single-line fields). */
    public static boolean hasAnyControl(String value) {
        return firstBad(value, false) >= 0;
    }

    private static int firstBad(String value, boolean allowLineBreaks) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (!(allowLineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Length as people count it: code points, so that 长 and x both count one. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
