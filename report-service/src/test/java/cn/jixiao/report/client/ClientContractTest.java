package cn.jixiao.report.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * report-service reads from budget- and evaluation-service only what their OpenAPI documents (docs/contracts/openapi,
 * kept up to date by their OpenApiDocumentTest) promise, with types its DTOs can hold.
 */
class ClientContractTest {

    private static final OpenApiDocument BUDGET = new OpenApiDocument("budget-service.json");
    private static final OpenApiDocument EVALUATION = new OpenApiDocument("evaluation-service.json");

    @Test
    void theBudgetClientReadsWhatBudgetServiceDocuments() {
        assertEquals(List.of(), ClientSchemaCheck.mismatches(BudgetClient.class, BUDGET));
    }

    @Test
    void theEvaluationClientReadsWhatEvaluationServiceDocuments() {
        assertEquals(List.of(), ClientSchemaCheck.mismatches(EvaluationClient.class, EVALUATION));
    }

    /** A DTO as it could drift: a renamed property, a number read as text, a 64-bit integer read as int. */
    record DriftedAsOf(int sequence, BigDecimal time) {
    }

    record DriftedView(String agencyCode, BigDecimal agencyName, String removedProperty, DriftedAsOf asOf,
            List<String> projects) {
    }

    @Test
    void theCheckFindsMissingPropertiesAndIncompatibleTypes() {
        assertEquals(List.of(
                        ".agencyName: the producer says string, the client reads number",
                        ".removedProperty: not in the producer's schema",
                        ".asOf.sequence: int cannot hold int64",
                        ".asOf.time: the producer says string, the client reads number",
                        ".projects[]: the producer says object, the client reads string"),
                ClientSchemaCheck.mismatches(DriftedView.class, BUDGET.okResponse("get",
                        "/api/v1/agencies/{agencyCode}/years/{fiscalYear}/execution"), BUDGET));
    }
}
