package cn.jixiao.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCharactersTest {

    @ParameterizedTest(name = "{0}: multi-line {1}, single-line {2}")
    @CsvSource({
        "'大埔县融媒体中心', -1, -1",
        "'第一行\n第二行', -1, 3",
        "'a\tb', -1, 1",
        "'a\u0000b', 1, 1",
        "'ab\u007f', 2, 2",
        "'\uFFFE', 0, 0",
        "'x\uD800', 1, 1",
        "'\uDC00x', 0, 0",
        "'\uD83D\uDE00 emoji', -1, -1",
    })
    void firstForbidden(String text, int multiLine, int singleLine) {
        assertEquals(multiLine, TextCharacters.firstForbidden(text, true));
        assertEquals(singleLine, TextCharacters.firstForbidden(text, false));
    }
}
