package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * 大埔县融媒体中心, 2023, under the default framework: the ledger's rates, the department's figures and its
 * qualitative self-assessments give the published 90 points, 优.
 */
class SampleDepartmentScoringTest {

    private static final String ASSESSMENTS = "/sample-self-assessments.json";
    private static final Path DEMO_COPY = Path.of("../deploy/demo/dabu-2023/self-assessments.json");

    private static Framework framework;
    private static Map<String, Assessment> assessments;
    private static ScoreCard card;

    @BeforeAll
    static void score() throws IOException {
        framework = FrameworkDocuments.defaultFramework();
        try (InputStream in = SampleDepartmentScoringTest.class.getResourceAsStream(ASSESSMENTS)) {
            assessments = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, new TypeReference<Map<String, Assessment>>() {
                    });
        }
        Map<Measure, BigDecimal> rates = Map.of(
                Measure.EXECUTION_RATE, new BigDecimal("95.33"),
                Measure.PROJECT_SPENDING_RATE, new BigDecimal("100.00"),
                Measure.PUBLIC_EXPENSE_CONTROL_RATE, new BigDecimal("100.00"),
                Measure.THREE_PUBLIC_CONTROL_RATE, new BigDecimal("100.00"),
                Measure.FIXED_ASSET_UTILISATION, new BigDecimal("100.00"),
                Measure.KEY_TASK_COMPLETION, new BigDecimal("100.00"),
                Measure.OUTPUT_TARGET_COMPLETION, new BigDecimal("100.00"),
                Measure.OUTCOME_TARGET_COMPLETION, new BigDecimal("100.00"),
                Measure.PETITION_HANDLING_RATE, new BigDecimal("100.00"),
                Measure.SATISFACTION_RATE, new BigDecimal("95.00"));
        card = Scorer.score(framework, new MeasureValues(rates, Map.of(), assessments, Map.of(), Map.of(), Map.of()));
    }

    @Test
    void totalsNinetyGradeExcellent() {
        assertEquals(new BigDecimal("90.00"), card.total());
        assertEquals("优", card.grade());
    }

    @Test
    void everyIndicatorIsScored() {
        assertTrue(card.tree().stream().flatMap(ScoredIndicator::leaves)
                .allMatch(leaf -> leaf.status() == ScoreStatus.SCORED));
    }

    @Test
    void assessesExactlyTheQualitativeIndicatorsEachWithinItsLevel() {
        Set<String> qualitative = card.tree().stream().flatMap(ScoredIndicator::leaves)
                .map(ScoredIndicator::code)
                .filter(code -> framework.find(code).orElseThrow().rule() instanceof QualitativeRule)
                .collect(Collectors.toSet());

        assertEquals(qualitative, assessments.keySet());
        assessments.forEach((code, assessment) -> assertEquals(List.of(),
                AssessmentValidator.check(framework, code, assessment), code));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1, 16.07", "1.1, 8.87", "1.2, 7.20",
            "2, 44.43", "2.1, 14.13", "2.2, 5.00", "2.3, 7.70", "2.4, 7.40", "2.5, 10.20",
            "3, 29.50", "3.1, 8.50", "3.2, 6.00", "3.3, 8.00", "3.4, 7.00" })
    void subtotals(String code, String score) {
        assertEquals(new BigDecimal(score), card.find(code).orElseThrow().score());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2.1.1 | 95.33  | 9.53 | 支出完成率 95.33%，按比例得分 9.53 分（满分 10 分）
            2.3.1 | 100.00 | 3.00 | 项目资金支出率 100.00%，达到目标 100%，得满分 3 分
            2.5.6 | 100.00 | 2.00 | 固定资产利用率 100.00%，达到目标 100%，得满分 2 分
            3.1.2 | 100.00 | 3.00 | 公用经费控制率 100.00%，不超过 100%，得满分 3 分
            3.1.3 | 100.00 | 3.00 | “三公”经费控制率 100.00%，不超过 100%，得满分 3 分
            3.4.1 | 100.00 | 3.00 | 群众信访办理率 100.00%，达到目标 100%，得满分 3 分
            3.4.2 | 95.00  | 4.00 | 满意度 95.00%，达到 90% 档，得满分 4 分
            """)
    void measuredIndicatorsExplainTheirFigures(String code, String value, String score, String explanation) {
        ScoredIndicator indicator = card.find(code).orElseThrow();

        assertAll(
                () -> assertEquals(new BigDecimal(value), indicator.value()),
                () -> assertEquals(new BigDecimal(score), indicator.score()),
                () -> assertEquals(explanation, indicator.explanation()));
    }

    @Test
    void qualitativeIndicatorsExplainTheSelfAssessment() {
        assertEquals("自评部分达成，得 3.00 分（满分 5 分）", card.find("1.2.2").orElseThrow().explanation());
        assertEquals("自评达成，得 4.47 分（满分 5 分）", card.find("1.1.1").orElseThrow().explanation());
    }

    @Test
    void demoCopyOfTheAssessmentsIsTheSame() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(ASSESSMENTS)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(DEMO_COPY),
                    DEMO_COPY + " differs from the test resource " + ASSESSMENTS);
        }
    }
}
