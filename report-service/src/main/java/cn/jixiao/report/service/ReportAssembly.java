package cn.jixiao.report.service;

import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.report.assembly.ReportAssembler;
import cn.jixiao.report.checks.ConsistencyChecker;
import cn.jixiao.report.client.ExecutionView;
import cn.jixiao.report.client.ScoresView;
import cn.jixiao.report.mapping.FiguresMapper;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Header;
import cn.jixiao.report.model.Narrative;
import cn.jixiao.report.repository.ReportDraft;
import cn.jixiao.report.repository.ReportKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Assembles an agency-year's report from the department's narrative and the figures fetched, with the caller's token,
 * from budget-service (execution) and evaluation-service (scores), and runs the consistency checks on it.
 */
@ApplicationScoped
public class ReportAssembly {

    private final Sources sources;
    private final NarrativeService narratives;

    ReportAssembly(Sources sources, NarrativeService narratives) {
        this.sources = sources;
        this.narratives = narratives;
    }

    /** The assembled report and the agency's region (which the portal lists published reports by). */
    public record Result(AssembledReport report, String mofDivCode) {
    }

    public Result assemble(ReportKey key, String authorization) {
        ExecutionView execution = sources.execution(key.agencyCode, key.fiscalYear, authorization);
        if (execution == null) {
            throw Refusal.notFound("预算单位 " + key.agencyCode + " 尚无预算执行数据");
        }
        // scores may not exist yet for an agency without events: the report then shows an empty score table
        ScoresView scores = sources.scores(key.agencyCode, key.fiscalYear, authorization);
        Narrative narrative = narratives.narrative(key);
        ReportDraft draft = ReportDraft.findById(key);
        Header header = new Header(key.agencyCode, execution.agencyName(), key.fiscalYear,
                draft == null ? null : draft.subordinateUnits, draft == null ? null : draft.filledBy,
                draft == null ? null : draft.phone, draft == null ? null : draft.filledOn);
        Figures figures = FiguresMapper.figures(execution, scores);
        ConsistencyChecker.Result checked = ConsistencyChecker.check(figures, narrative);
        return new Result(ReportAssembler.assemble(header, narrative, figures, FiguresMapper.scoreTable(scores),
                checked.findings(), checked.coverage()), execution.mofDivCode());
    }
}
