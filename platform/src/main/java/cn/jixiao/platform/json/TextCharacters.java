package cn.jixiao.platform.json;

/**
 * Which characters text may hold, in any service and any input (JSON strings, path and query values, token claims):
 * no NUL and no other C0 control character or DEL (PostgreSQL refuses NUL; XML 1.0, hence Word, refuses the others;
 * none has a place in codes, names or printed reports), not the non-characters U+FFFE and U+FFFF, no unpaired UTF-16
 * surrogate (it cannot be written as UTF-8). Multi-line text may hold tab, line feed and carriage return.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** The index of the first character {@code text} may not hold, or -1 (also for null). */
    public static int firstForbidden(String text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (!(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                    return i;
                }
            } else if (c == 0xFFFE || c == 0xFFFF) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
