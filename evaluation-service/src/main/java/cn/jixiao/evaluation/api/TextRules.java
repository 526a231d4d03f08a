package cn.jixiao.evaluation.api;

import cn.jixiao.platform.json.TextCharacters;

/**
 * What text the service accepts in any input (JSON strings, path and query values, token claims): the characters
 * {@link TextCharacters} allows; free text ({@code reason}) may hold line breaks and tabs, single-line fields not.
 */
public final class TextRules {

    private TextRules() {
    }

    /** True when {@code value} has a control character other than tab, line feed and carriage return. */
    public static boolean hasForbiddenControl(String value) {
        return TextCharacters.firstForbidden(value, true) >= 0;
    }

    /** True when {@code value} has any control character, line breaks and tabs included (single-line fields). */
    public static boolean hasAnyControl(String value) {
        return TextCharacters.firstForbidden(value, false) >= 0;
    }

    /** Length as people count it: code points, so that 长 and x both count one. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
