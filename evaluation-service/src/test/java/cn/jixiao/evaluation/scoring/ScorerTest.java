package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.Assessment.Level;

class ScorerTest {

    private static final Framework BASE = TestFrameworks.base();

    @Test
    void parentIsTheExactSumOfItsChildrenAndTheTotalOfTheTopLevel() {
        MeasureValues values = new MeasureValues(
                Map.of(Measure.EXECUTION_RATE, new BigDecimal("95.33"), Measure.CARRY_OVER_RATE, new BigDecimal("4.67"),
                        Measure.SATISFACTION_RATE, new BigDecimal("85")),
                Map.of(6, new BigDecimal("48"), 12, new BigDecimal("95.33")),
                Map.of("2.3", new Assessment(Level.ACHIEVED, new BigDecimal("8.50"), null, "制度健全，个别凭证不全")), Map.of(), Map.of(), Map.of());

        ScoreCard card = Scorer.score(BASE, values);

        assertAll(
                () -> assertEquals(new BigDecimal("38.13"), score(card, "1.1")),
                () -> assertEquals(new BigDecimal("19.80"), score(card, "1.2")),
                () -> assertEquals(new BigDecimal("57.93"), score(card, "1")),
                () -> assertEquals(new BigDecimal("16.00"), score(card, "2.1")),
                () -> assertEquals(new BigDecimal("10.00"), score(card, "2.2")),
                () -> assertEquals(new BigDecimal("8.50"), score(card, "2.3")),
                () -> assertEquals(new BigDecimal("34.50"), score(card, "2")),
                () -> assertEquals(new BigDecimal("92.43"), card.total()),
                () -> assertEquals("优", card.grade()),
                () -> assertEquals("下级指标合计 57.93 分（满分 60 分）", card.find("1").orElseThrow().explanation()),
                () -> assertEquals("下级指标得分之和", card.find("1").orElseThrow().rule()),
                () -> assertEquals(ScoreStatus.SCORED, card.find("2").orElseThrow().status()));
    }

    @Test
    void parentNeverExceedsItsWeightWhenRatesExceedAHundredPercent() {
        MeasureValues values = new MeasureValues(
                Map.of(Measure.EXECUTION_RATE, new BigDecimal("130"), Measure.CARRY_OVER_RATE, new BigDecimal("-30"),
                        Measure.SATISFACTION_RATE, new BigDecimal("120")),
                Map.of(6, new BigDecimal("70"), 12, new BigDecimal("130")),
                Map.of("2.3", new Assessment(Level.ACHIEVED, BigDecimal.TEN, null, "全部达成")), Map.of(), Map.of(), Map.of());

        ScoreCard card = Scorer.score(BASE, values);

        assertEquals(new BigDecimal("100.00"), card.total());
        card.tree().stream().flatMap(ScorerTest::withDescendants).forEach(indicator -> assertTrue(
                indicator.score().compareTo(indicator.weight()) <= 0, indicator.code() + " above its weight"));
        assertEquals(new BigDecimal("60.00"), score(card, "1"));
    }

    @Test
    void missingInputsScoreZeroAndParentsSayWhatIsOpen() {
        ScoreCard card = Scorer.score(BASE, new MeasureValues(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), card.total()),
                () -> assertEquals("差", card.grade()),
                () -> assertEquals(ScoreStatus.INSUFFICIENT_DATA, card.find("1.1").orElseThrow().status()),
                () -> assertEquals(ScoreStatus.INSUFFICIENT_DATA, card.find("1.2").orElseThrow().status()),
                () -> assertEquals(ScoreStatus.PENDING_INPUT, card.find("2.1").orElseThrow().status()),
                () -> assertEquals(ScoreStatus.INSUFFICIENT_DATA, card.find("2.2").orElseThrow().status()),
                () -> assertEquals(ScoreStatus.PENDING_INPUT, card.find("2.3").orElseThrow().status()),
                () -> assertEquals(ScoreStatus.INSUFFICIENT_DATA, card.find("1").orElseThrow().status()),
                () -> assertEquals("下级指标合计 0.00 分（满分 60 分），其中 2 项数据不足",
                        card.find("1").orElseThrow().explanation()),
                () -> assertEquals(ScoreStatus.PENDING_INPUT, card.find("2").orElseThrow().status()),
                () -> assertEquals("下级指标合计 0.00 分（满分 40 分），其中 2 项待填报、1 项数据不足",
                        card.find("2").orElseThrow().explanation()));
    }

    @Test
    void refusesAnInvalidFramework() {
        Framework invalid = new Framework("x", "1", "无效", "*", 2023, null, BASE.grades(), List.of(), List.of(), List.of(
                new Indicator("1", "唯一指标", new BigDecimal("90"), List.of(), new QualitativeRule(), null, null, null)), null);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Scorer.score(invalid, new MeasureValues(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of())));
        assertTrue(refused.getMessage().contains("一级指标分值合计 90 分，应为 100 分"), refused.getMessage());
    }

    /** One qualitative indicator worth 100 points, so the assessed score is the total. */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "100.00, ACHIEVED, 优",
            "90.00, ACHIEVED, 优",
            "89.99, ACHIEVED, 良",
            "80.00, ACHIEVED, 良",
            "79.99, PARTLY_ACHIEVED, 中",
            "60.00, PARTLY_ACHIEVED, 中",
            "59.99, PARTLY_ACHIEVED, 差",
            "0.00, NOT_ACHIEVED, 差" })
    void gradeBandBoundaries(String total, Level level, String grade) {
        Framework single = new Framework("g", "1", "单项", "*", 2023, null, BASE.grades(), List.of(), List.of(), List.of(
                new Indicator("1", "综合评价", new BigDecimal("100"), List.of(), new QualitativeRule(), null, null, null)), null);
        MeasureValues values = new MeasureValues(Map.of(), Map.of(),
                Map.of("1", new Assessment(level, new BigDecimal(total), null, "理由")), Map.of(), Map.of(), Map.of());

        ScoreCard card = Scorer.score(single, values);

        assertEquals(new BigDecimal(total), card.total());
        assertEquals(grade, card.grade());
    }

    /** Totals are compared as they are: nothing rounds 89.995 up into 优. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "89.995, 良", "90, 优", "79.999, 中", "59.9999, 差", "60, 中" })
    void gradeOfDoesNotRoundTheTotal(String total, String grade) {
        assertEquals(grade, BASE.gradeOf(new BigDecimal(total)));
    }

    private static BigDecimal score(ScoreCard card, String code) {
        return card.find(code).orElseThrow().score();
    }

    private static Stream<ScoredIndicator> withDescendants(ScoredIndicator indicator) {
        return Stream.concat(Stream.of(indicator), indicator.children().stream().flatMap(ScorerTest::withDescendants));
    }
}
