package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import cn.jixiao.evaluation.scoring.LedgerFact;
import cn.jixiao.evaluation.scoring.LedgerFact.Flow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The ledger facts (sums by classification) the consumer keeps, read for a framework's filtered quantities. */
@ApplicationScoped
public class LedgerFacts {

    private final EntityManager entityManager;

    LedgerFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every fact of the agency in these fiscal years. */
    public List<LedgerFact> of(String agencyCode, Collection<Integer> fiscalYears) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select fiscal_year, flow, initial_budget, expense_kind, "
                        + "source_type, economic_code, function_code, project_code, month, amount from ledger_fact "
                        + "where agency_code = ?1 and fiscal_year in (?2)")
                .setParameter(1, agencyCode)
                .setParameter(2, fiscalYears)
                .getResultList();
        return rows.stream().map(row -> new LedgerFact(((Number) row[0]).intValue(),
                "B".equals(String.valueOf(row[1])) ? Flow.BUDGET : Flow.SPENDING, (Boolean) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], ((Number) row[8]).intValue(),
                (BigDecimal) row[9])).toList();
    }
}
