package cn.jixiao.evaluation.scoring;

import static cn.jixiao.evaluation.scoring.TestFrameworks.edited;
import static cn.jixiao.evaluation.scoring.TestFrameworks.parseValid;
import static cn.jixiao.evaluation.scoring.TestFrameworks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which entered values a framework reads: scoring loads occurrence counts, one-of choices and slot definitions only
 * for a framework that has such indicators (the default has none, and it scores on every ledger batch).
 */
class FrameworkInputNeedsTest {

    private static final String LEAF = "/indicators/1/children/2";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # framework                  | counts | choices | slots
            base                         | false  | false   | false
            per-occurrence leaf          | true   | false   | false
            one-of leaf                  | false  | true    | false
            one-of with a per-occurrence | true   | true    | false
            slot                         | false  | false   | true
            """)
    void readsOnlyWhatItsIndicatorsNeed(String framework, boolean counts, boolean choices, boolean slots) {
        Framework parsed = parseValid(document(framework));

        assertEquals(List.of(counts, choices, slots),
                List.of(parsed.countsOccurrences(), parsed.offersChoices(), parsed.hasSlots()));
    }

    private static String document(String framework) {
        String perOccurrence = "{\"kind\":\"per-occurrence\",\"occurrence\":\"违规支出\",\"pointsPerOccurrence\":1}";
        return switch (framework) {
            case "base" -> TestFrameworks.BASE;
            case "per-occurrence leaf" -> edited(set(LEAF + "/rule", perOccurrence));
            case "one-of leaf" -> edited(set(LEAF + "/rule", "{\"kind\":\"one-of\",\"alternatives\":["
                    + "{\"name\":\"甲\",\"rule\":{\"kind\":\"qualitative\"}},"
                    + "{\"name\":\"乙\",\"rule\":{\"kind\":\"qualitative\"}}]}"));
            case "one-of with a per-occurrence" -> edited(set(LEAF + "/rule", "{\"kind\":\"one-of\",\"alternatives\":["
                    + "{\"name\":\"甲\",\"rule\":{\"kind\":\"qualitative\"}},"
                    + "{\"name\":\"乙\",\"rule\":" + perOccurrence + "}]}"));
            case "slot" -> edited(set(LEAF, "{\"code\":\"2.3\",\"name\":\"部门特性指标\",\"weight\":10,"
                    + "\"slot\":{\"minChildren\":1,\"maxChildren\":3}}"));
            default -> throw new IllegalArgumentException(framework);
        };
    }
}
