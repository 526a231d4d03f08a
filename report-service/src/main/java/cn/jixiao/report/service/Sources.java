package cn.jixiao.report.service;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.client.BudgetClient;
import cn.jixiao.report.client.EvaluationClient;
import cn.jixiao.report.client.ExecutionView;
import cn.jixiao.report.client.RegionScoreView;
import cn.jixiao.report.client.ScoresView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/**
 * The calls to budget-service and evaluation-service with the caller's token, their failures translated once: 404 is
 * "nothing there" (null), a refused token 403, anything else 503 {@code source-unavailable}.
 */
@ApplicationScoped
class Sources {

    private static final String BUDGET = "预算执行服务（budget-service）";
    private static final String EVALUATION = "绩效评分服务（evaluation-service）";

    private final BudgetClient budget;
    private final EvaluationClient evaluation;

    Sources(@RestClient BudgetClient budget, @RestClient EvaluationClient evaluation) {
        this.budget = budget;
        this.evaluation = evaluation;
    }

    /** Null when budget-service does not know the agency. */
    ExecutionView execution(String agencyCode, int fiscalYear, String authorization) {
        return call(BUDGET, () -> budget.execution(agencyCode, fiscalYear, authorization));
    }

    /** Null when the agency-year has no scores yet. */
    ScoresView scores(String agencyCode, int fiscalYear, String authorization) {
        return call(EVALUATION, () -> evaluation.scores(agencyCode, fiscalYear, authorization));
    }

    /** The region's scored agencies, by agency code. */
    List<RegionScoreView> region(int fiscalYear, String mofDivCode, String authorization) {
        List<RegionScoreView> region = call(EVALUATION,
                () -> evaluation.region(fiscalYear, mofDivCode, "agencyCode", "asc", authorization));
        return region == null ? List.of() : region;
    }

    private static <T> T call(String source, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return null;
            }
            if (status == 401 || status == 403) {
                throw new io.quarkus.security.ForbiddenException(source + " refused the caller");
            }
            throw ReportRefused.sourceUnavailable(source);
        } catch (ProcessingException | TimeoutException e) {
            throw ReportRefused.sourceUnavailable(source);
        }
    }
}
