package cn.jixiao.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding a character that no text field accepts ({@link TextCharacters}); thrown while reading the
 * body, so the problem names the field through the parser's path.
 */
public class ForbiddenCharacterException extends MismatchedInputException {

    private final int codePoint;

    public ForbiddenCharacterException(JsonParser parser, int codePoint) {
        super(parser, String.format("forbidden character U+%04X in a string", codePoint), String.class);
        this.codePoint = codePoint;
    }

    /** The offending UTF-16 unit, e.g. 0 for NUL. */
    public int codePoint() {
        return codePoint;
    }
}
