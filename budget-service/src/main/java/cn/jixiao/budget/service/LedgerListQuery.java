package cn.jixiao.budget.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.budget.api.Page;
import cn.jixiao.budget.event.BudgetLineData;
import cn.jixiao.budget.event.PaymentData;
import cn.jixiao.budget.mapping.LedgerMapper;
import cn.jixiao.budget.repository.BudgetLine;
import cn.jixiao.budget.repository.Payment;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Paged lists of an agency-year's budget lines and payments, filterable by project code and by top-level economic
 * class (the first three digits of {@code depBgtEcoCode}, e.g. 302).
 */
@ApplicationScoped
public class LedgerListQuery {

    public record Filter(String proCode, String economicClass) {
    }

    @Transactional
    public Page<BudgetLineData> budgetLines(String agencyCode, int fiscalYear, Filter filter, int page, int size) {
        Parameters params = Parameters.with("agency", agencyCode).and("year", fiscalYear);
        String where = "agencyCode = :agency and fiscalYear = :year" + lineConditions(filter, params, "");
        PanacheQuery<BudgetLine> query = BudgetLine.find(where, Sort.by("bgtId"), params).page(page, size);
        List<BudgetLine> lines = query.list();
        Set<String> originals = lines.stream().filter(l -> !l.isAdjustment()).map(l -> l.bgtId).collect(Collectors.toSet());
        Map<String, BigDecimal> adjustments = BudgetLine.adjustmentTotals(originals);
        List<BudgetLineData> items = lines.stream()
                .map(l -> LedgerMapper.toData(l, l.isAdjustment() ? null
                        : l.amount.add(adjustments.getOrDefault(l.bgtId, BigDecimal.ZERO))))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public Page<PaymentData> payments(String agencyCode, int fiscalYear, Filter filter, int page, int size) {
        Parameters params = Parameters.with("agency", agencyCode).and("year", fiscalYear);
        String lineFilter = lineConditions(filter, params, "l.");
        String where = "agencyCode = :agency and fiscalYear = :year" + (lineFilter.isEmpty() ? ""
                : " and bgtId in (select l.bgtId from BudgetLine l where l.agencyCode = :agency" + lineFilter + ")");
        PanacheQuery<Payment> query = Payment.find(where, Sort.by("payDate").and("payAppId"), params).page(page, size);
        List<Payment> payments = query.list();
        Map<String, BudgetLine> lines = new HashMap<>();
        BudgetLine.findByIds(payments.stream().map(p -> p.bgtId).collect(Collectors.toSet()))
                .forEach(line -> lines.put(line.bgtId, line));
        List<PaymentData> items = payments.stream().map(p -> LedgerMapper.toData(p, lines.get(p.bgtId))).toList();
        return new Page<>(items, page, size, query.count());
    }

    private static String lineConditions(Filter filter, Parameters params, String alias) {
        StringBuilder conditions = new StringBuilder();
        if (filter.proCode() != null && !filter.proCode().isBlank()) {
            conditions.append(" and ").append(alias).append("proCode = :proCode");
            params.and("proCode", filter.proCode());
        }
        if (filter.economicClass() != null && !filter.economicClass().isBlank()) {
            conditions.append(" and ").append(alias).append("depBgtEcoCode like :ecoClass");
            params.and("ecoClass", filter.economicClass() + "%");
        }
        return conditions.toString();
    }
}
