package cn.jixiao.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.report.model.Section;

class SectionNumberingTest {

    @ParameterizedTest
    @CsvSource({ "1,1,一、", "1,5,五、", "2,2,（二）", "2,11,（十一）", "3,3,3.", "4,4,（4）", "1,20,二十、", "1,35,三十五、" })
    void numberStylesByLevel(int level, int position, String expected) {
        assertEquals(expected, SectionNumbering.number(level, position));
    }

    @Test
    void numbersReplaceWhateverTheSectionsHadByPosition() {
        List<Section> numbered = SectionNumbering.apply(List.of(
                new Section("九、", "a", "甲", List.of(), List.of(
                        new Section(null, "a1", "甲一", List.of(), List.of()),
                        new Section("（一）", "a2", "甲二", List.of(), List.of(
                                new Section(null, "a2x", "甲二子", List.of(), List.of()))))),
                new Section(null, "b", "乙", List.of(), List.of())));

        assertEquals("一、", numbered.get(0).number());
        assertEquals("（一）", numbered.get(0).children().get(0).number());
        assertEquals("（二）", numbered.get(0).children().get(1).number());
        assertEquals("1.", numbered.get(0).children().get(1).children().get(0).number());
        assertEquals("二、", numbered.get(1).number());
    }

    @Test
    void thereIsNoNumberStyleBelowTheFourthLevel() {
        assertThrows(IllegalArgumentException.class, () -> SectionNumbering.number(5, 1));
    }
}
