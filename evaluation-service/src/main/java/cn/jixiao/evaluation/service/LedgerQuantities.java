package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.LedgerFacts;
import cn.jixiao.evaluation.scoring.FilteredQuantity;
import cn.jixiao.evaluation.scoring.Framework;
import cn.jixiao.evaluation.scoring.LedgerFact;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The values of the filtered quantities a framework declares, for one agency-year: read from the ledger facts only
 * when there are any, so that frameworks without them cost no query.
 */
@ApplicationScoped
public class LedgerQuantities {

    private final LedgerFacts facts;

    LedgerQuantities(LedgerFacts facts) {
        this.facts = facts;
    }

    /** Each declared quantity's value by name; a quantity without one (see {@link FilteredQuantity#value}) is absent. */
    public Map<String, BigDecimal> of(Framework framework, AgencyYear id, LocalDate today) {
        List<FilteredQuantity> declared = framework.quantities();
        if (declared.isEmpty()) {
            return Map.of();
        }
        Set<Integer> years = new TreeSet<>();
        declared.forEach(quantity -> years.add(quantity.fiscalYear(id.fiscalYear)));
        Set<Integer> withLedger = new TreeSet<>();
        years.stream().filter(year -> LedgerAggregate.findById(new AgencyYear(id.agencyCode, year)) != null)
                .forEach(withLedger::add);
        List<LedgerFact> rows = withLedger.isEmpty() ? List.of() : facts.of(id.agencyCode, withLedger);
        Map<String, BigDecimal> values = new HashMap<>();
        declared.forEach(quantity -> quantity.value(rows, withLedger, id.fiscalYear, today)
                .ifPresent(value -> values.put(quantity.name(), value)));
        return values;
    }
}
