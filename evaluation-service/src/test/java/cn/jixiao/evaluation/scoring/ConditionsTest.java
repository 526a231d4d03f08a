package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.Assessment.Level;

/** Not applicable (full points or redistribution) and vetoes (the indicator or its parent), scored by hand. */
class ConditionsTest {

    private static final String FRAMEWORK = """
            {
              "id": "conditions", "version": "1", "name": "条件测试", "mofDivCode": "*", "fiscalYear": 2023,
              "grades": [ { "grade": "优", "minScore": 90 }, { "grade": "良", "minScore": 80 },
                          { "grade": "中", "minScore": 60 }, { "grade": "差", "minScore": 0 } ],
              "indicators": [
                { "code": "1", "name": "投入", "weight": 40, "children": [
                  { "code": "1.1", "name": "目标设置", "weight": 10, "rule": { "kind": "qualitative" },
                    "veto": { "when": "performanceTargets == 0", "reason": "未设置绩效目标", "scope": "parent" } },
                  { "code": "1.2", "name": "支出完成率", "weight": 30,
                    "rule": { "kind": "proportional", "measure": "execution-rate", "direction": "higher-better", "target": 100 } }
                ] },
                { "code": "2", "name": "过程", "weight": 60, "children": [
                  { "code": "2.1", "name": "项目资金支出率", "weight": 20,
                    "rule": { "kind": "proportional", "measure": "project-spending-rate", "direction": "higher-better", "target": 100 },
                    "notApplicable": { "when": "projectBudget == 0", "reason": "单位无项目", "then": "full-points" } },
                  { "code": "2.2", "name": "“三公”经费控制率", "weight": 20,
                    "rule": { "kind": "deduction", "measure": "three-public-control-rate", "direction": "at-most", "threshold": 100, "pointsPerPercent": 1 },
                    "notApplicable": { "when": "threePublicBudget == 0", "reason": "无“三公”经费预算", "then": "redistribute" } },
                  { "code": "2.3", "name": "满意度", "weight": 20,
                    "rule": { "kind": "proportional", "measure": "satisfaction-rate", "direction": "higher-better", "target": 100 },
                    "veto": { "when": "satisfaction < 60", "reason": "满意度低于 60%", "scope": "indicator" } }
                ] }
              ]
            }
            """;

    /**
     * Base case: targets 3, execution 95% (28.50), 自评 8 (1 = 36.50); project budget 100 at 90% (18.00), "三公"
     * budget 50 at 110% (20 − 10 = 10.00), satisfaction 80 (16.00): 2 = 44.00, total 80.50.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | targets | project budget | "三公" budget | satisfaction | 1     | 2     | total | grade
            everything measured             | 3       | 100            | 50            | 80           | 36.50 | 44.00 | 80.50 | 良
            no project: full points         | 3       | 0              | 50            | 80           | 36.50 | 46.00 | 82.50 | 良
            no 三公 budget: redistributed    | 3       | 100            | 0             | 80           | 36.50 | 51.00 | 87.50 | 良
            both not applicable             | 3       | 0              | 0             | 80           | 36.50 | 54.00 | 90.50 | 优
            no targets: parent vetoed       | 0       | 100            | 50            | 80           | 0.00  | 44.00 | 44.00 | 差
            satisfaction 50: leaf vetoed    | 3       | 100            | 50            | 50           | 36.50 | 28.00 | 64.50 | 中
            """)
    void notApplicableAndVetoesChangeTheScoresAsWritten(String name, int targets, String projectBudget,
            String threePublicBudget, String satisfaction, String first, String second, String total, String grade) {
        ScoreCard card = Scorer.score(TestFrameworks.parseValid(FRAMEWORK),
                values(targets, projectBudget, threePublicBudget, satisfaction));

        assertAll(
                () -> assertEquals(new BigDecimal(first), card.tree().get(0).score()),
                () -> assertEquals(new BigDecimal(second), card.tree().get(1).score()),
                () -> assertEquals(new BigDecimal(total), card.total()),
                () -> assertEquals(grade, card.grade()));
    }

    @Test
    void explanationsNameTheCondition() {
        ScoreCard notApplicable = Scorer.score(TestFrameworks.parseValid(FRAMEWORK), values(3, "0", "0", "80"));
        ScoreCard vetoed = Scorer.score(TestFrameworks.parseValid(FRAMEWORK), values(0, "100", "50", "50"));

        assertAll(
                () -> assertEquals("不适用（单位无项目），得满分 20 分",
                        notApplicable.tree().get(1).children().get(0).explanation()),
                () -> assertEquals("不适用（无“三公”经费预算），分值按比例分摊给同级指标",
                        notApplicable.tree().get(1).children().get(1).explanation()),
                () -> assertEquals("一票否决：未设置绩效目标（目标设置），得 0.00 分（满分 40 分）",
                        vetoed.tree().get(0).explanation()),
                () -> assertEquals("一票否决：满意度低于 60%，得 0.00 分（满分 20 分）",
                        vetoed.tree().get(1).children().get(2).explanation()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown name       | /indicators/1/children/0/notApplicable | {"when":"projects == 0","reason":"无项目","then":"full-points"} | indicators[1].children[0].notApplicable.when  | UNKNOWN_QUANTITY | 表达式“projects == 0”中的“projects”不是已知的数量或计量指标
            no award           | /indicators/1/children/0/notApplicable | {"when":"projectBudget == 0","reason":"无项目"}                 | indicators[1].children[0].notApplicable.then  | REQUIRED         | 缺少不适用时的计分方式 then（full-points 或 redistribute）
            on a parent        | /indicators/1/notApplicable            | {"when":"projectBudget == 0","reason":"无项目","then":"full-points"} | indicators[1].notApplicable               | INVALID_VALUE    | “不适用”条件只能用于末级指标
            top-level parent   | /indicators/0/veto                     | {"when":"performanceTargets == 0","reason":"无目标","scope":"parent"} | indicators[0].veto.scope                | INVALID_VALUE    | 一级指标没有上级指标，一票否决范围不能为 parent
            veto without scope | /indicators/0/veto                     | {"when":"performanceTargets == 0","reason":"无目标"}            | indicators[0].veto.scope                      | REQUIRED         | 缺少一票否决的范围 scope（indicator 或 parent）
            syntax             | /indicators/0/veto                     | {"when":"performanceTargets ==","reason":"无目标","scope":"indicator"} | indicators[0].veto.when                 | EXPRESSION_SYNTAX | 表达式“performanceTargets ==”有语法错误（第 20 个字符附近）
            """)
    void refusesAConditionThatCannotBeApplied(String name, String pointer, String condition, String path,
            ValidationError.Code code, String message) {
        String json = TestFrameworks.edited(TestFrameworks.set(pointer, condition));

        assertEquals(List.of(new ValidationError(path, code, message)), FrameworkDocuments.parse(json).errors());
    }

    private static MeasureValues values(int targets, String projectBudget, String threePublicBudget,
            String satisfaction) {
        Map<Measure, BigDecimal> rates = new EnumMap<>(Measure.class);
        rates.put(Measure.EXECUTION_RATE, new BigDecimal("95"));
        rates.put(Measure.SATISFACTION_RATE, new BigDecimal(satisfaction));
        if (new BigDecimal(projectBudget).signum() != 0) {
            rates.put(Measure.PROJECT_SPENDING_RATE, new BigDecimal("90"));
        }
        if (new BigDecimal(threePublicBudget).signum() != 0) {
            rates.put(Measure.THREE_PUBLIC_CONTROL_RATE, new BigDecimal("110"));
        }
        Map<Quantity, BigDecimal> quantities = Map.of(
                Quantity.PERFORMANCE_TARGETS, BigDecimal.valueOf(targets),
                Quantity.PROJECT_BUDGET, new BigDecimal(projectBudget),
                Quantity.THREE_PUBLIC_BUDGET, new BigDecimal(threePublicBudget),
                Quantity.SATISFACTION, new BigDecimal(satisfaction));
        return new MeasureValues(rates, Map.of(),
                Map.of("1.1", new Assessment(Level.ACHIEVED, new BigDecimal("8"), null, "目标明确")), quantities,
                Map.of(), Map.of());
    }
}
