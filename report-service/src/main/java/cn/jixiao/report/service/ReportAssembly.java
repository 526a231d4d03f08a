package cn.jixiao.report.service;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.assembly.ReportAssembler;
import cn.jixiao.report.checks.ConsistencyChecker;
import cn.jixiao.report.client.BudgetClient;
import cn.jixiao.report.client.EvaluationClient;
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
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/**
 * Assembles an agency-year's report from the department's narrative and the figures fetched, with the caller's token,
 * from budget-service (execution) and evaluation-service (scores), and runs the consistency checks on it.
 */
@ApplicationScoped
public class ReportAssembly {

    private final BudgetClient budget;
    private final EvaluationClient evaluation;
    private final NarrativeService narratives;

    ReportAssembly(@RestClient BudgetClient budget, @RestClient EvaluationClient evaluation,
            NarrativeService narratives) {
        this.budget = budget;
        this.evaluation = evaluation;
        this.narratives = narratives;
    }

    /** The assembled report and the agency's region (which the portal lists published reports by). */
    public record Result(AssembledReport report, String mofDivCode) {
    }

    public Result assemble(ReportKey key, String authorization) {
        ExecutionView execution = execution(key, authorization);
        ScoresView scores = scores(key, authorization);
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

    private ExecutionView execution(ReportKey key, String authorization) {
        try {
            return budget.execution(key.agencyCode, key.fiscalYear, authorization);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw Refusal.notFound("预算单位 " + key.agencyCode + " 尚无预算执行数据");
            }
            throw passOn(e, "预算执行服务（budget-service）");
        } catch (ProcessingException | TimeoutException e) {
            throw ReportRefused.sourceUnavailable("预算执行服务（budget-service）");
        }
    }

    /** Scores may not exist yet for an agency without events: the report then shows an empty score table. */
    private ScoresView scores(ReportKey key, String authorization) {
        try {
            return evaluation.scores(key.agencyCode, key.fiscalYear, authorization);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw passOn(e, "绩效评分服务（evaluation-service）");
        } catch (ProcessingException | TimeoutException e) {
            throw ReportRefused.sourceUnavailable("绩效评分服务（evaluation-service）");
        }
    }

    private static RuntimeException passOn(WebApplicationException e, String source) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return new io.quarkus.security.ForbiddenException(source + " refused the caller");
        }
        return ReportRefused.sourceUnavailable(source);
    }
}
