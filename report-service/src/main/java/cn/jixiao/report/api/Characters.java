package cn.jixiao.report.api;

import cn.jixiao.platform.json.TextCharacters;

/**
 * Telling people about characters that have no place in stored or rendered text ({@link TextCharacters}), and keeping
 * them out of what is rendered.
 */
public final class Characters {

    private Characters() {
    }

    /** Why the character at {@code index} is refused, in Chinese, with its position (1-based) and code point. */
    public static String describe(String label, String text, int index) {
        return label + "第 " + (index + 1) + " 个字符（U+" + String.format("%04X", (int) text.charAt(index))
                + "）是不允许的控制字符或无效字符，请删除后再提交";
    }

    /**
     * {@code text} without the characters XML 1.0 and HTML cannot carry: C0 controls other than tab, line feed and
     * carriage return, U+FFFE, U+FFFF and unpaired surrogates. For everything rendered into HTML or Word, whatever its
     * source (a narrative stored before input was checked, or text from budget-service or evaluation-service).
     */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (renderable(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!renderable(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean renderable(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c);
    }
}
