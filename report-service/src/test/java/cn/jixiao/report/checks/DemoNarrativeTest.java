package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;

/** The demo department's narrative: the version with the sample's kinds of errors, and the corrected one. */
class DemoNarrativeTest {

    private static final Path DEMO = Path.of("..", "deploy", "demo", "dabu-2023");

    @Test
    void everyPlantedErrorIsFoundAndNothingElse() throws IOException {
        List<Finding> findings = ConsistencyChecker.check(SampleFigures.sample(), read("narrative.json")).findings()
                .stream().filter(f -> !f.rule().equals("unverified")).toList();
        assertEquals(List.of(
                new Finding("error", "stated-value", "所述实际支出 1843.36万元 有误，应为 1834.36万元",
                        "narrative.expenditure"),
                new Finding("error", "stated-value",
                        "“结转结余率”段落所述比率 95% 与结转结余率 4.67% 不符（95% 为支出完成率）", "narrative.evaluation"),
                new Finding("warning", "named-projects-sum", "项目支出 47.77万元 中列明的项目资金合计 38.29万元"
                        + "（23.96万元 + 14.33万元），尚有 9.48万元 未列明，请补全项目或将余额列为“其他”"
                        + "（账面未列明的项目：2023年农村广播电视无线覆盖工程运行维护经费 9.48万元）", "narrative.expenditure"),
                new Finding("warning", "fund-name-conflict", "同一金额 23.96万元 使用了两个不同的名称："
                        + "「2023年中央支持地方公共文化服务体系建设补助资金」（narrative.expenditure）与"
                        + "「2023年中央广播电视节目无线覆盖运行维护费」（narrative.evaluation），请统一为同一项目名称",
                        "narrative.evaluation"),
                new Finding("warning", "numbering", "正文含手工编号「一、」「二、」「二、」「三、」，章节编号由系统生成，请删除",
                        "narrative.work"),
                new Finding("warning", "numbering", "编号「二、」重复出现", "narrative.work")),
                findings);
    }

    /**
     * What neither version lets the checks compare with the ledger: project amounts named without 项目支出 before them,
     * a percentage of published purchase intentions, and the spending of a part ("三公"经费) under a department-wide name.
     */
    private static final List<String> UNCHECKED = List.of(
            "所述 23.96万元 未能核对：未能确定所指的账面数字", "所述 9.48万元 未能核对：未能确定所指的账面数字",
            "所述 47.77万元 未能核对：未能确定所指的账面数字", "所述 47.77万元 未能核对：未能确定所指的账面数字",
            "所述 100% 未能核对：未能确定所指的账面数字", "所述 3.76万元 未能核对：未能确定所指的账面数字");

    @Test
    void theUncheckedFiguresOfThePlantedVersionAreListed() throws IOException {
        assertEquals(UNCHECKED, ConsistencyChecker.check(SampleFigures.sample(), read("narrative.json")).findings()
                .stream().filter(f -> f.rule().equals("unverified")).map(Finding::message).toList());
    }

    @Test
    void theCorrectedNarrativeHasNoErrorOrWarning() throws IOException {
        ConsistencyChecker.Result result = ConsistencyChecker.check(SampleFigures.sample(),
                read("narrative-corrected.json"));
        assertEquals(List.of(), result.findings().stream().filter(f -> !f.severity().equals("info")).toList());
        assertEquals(UNCHECKED, result.findings().stream().map(Finding::message).toList());
        assertEquals(Coverage.of(22, 6), result.coverage());
    }

    private static Narrative read(String file) throws IOException {
        return new Narrative(new ObjectMapper().readValue(DEMO.resolve(file).toFile(),
                new TypeReference<Map<String, String>>() {
                }));
    }
}
