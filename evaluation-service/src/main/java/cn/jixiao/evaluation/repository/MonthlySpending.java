package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** An agency-year's spending per month of payment date, as the ledger consumer keeps it. */
@ApplicationScoped
public class MonthlySpending {

    private final EntityManager entityManager;

    MonthlySpending(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<Integer, BigDecimal> of(AgencyYear id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select month, amount from monthly_spending where agency_code = ?1 and fiscal_year = ?2")
                .setParameter(1, id.agencyCode)
                .setParameter(2, id.fiscalYear)
                .getResultList();
        Map<Integer, BigDecimal> monthly = new HashMap<>();
        rows.forEach(row -> monthly.put(((Number) row[0]).intValue(), (BigDecimal) row[1]));
        return monthly;
    }
}
