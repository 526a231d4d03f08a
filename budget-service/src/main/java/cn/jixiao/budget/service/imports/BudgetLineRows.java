package cn.jixiao.budget.service.imports;

import java.util.List;

import cn.jixiao.budget.api.BudgetLineRequest;
import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.service.BudgetLineIngest;
import cn.jixiao.budget.service.Violations;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class BudgetLineRows implements LedgerRows<BudgetLineRequest> {

    private final BudgetLineIngest ingest;

    BudgetLineRows(BudgetLineIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public BudgetLineRequest item(SheetRow row, Violations v) {
        return new BudgetLineRequest(row.text("bgtId"), row.text("oriBgtId"), row.text("agencyCode"),
                row.text("mofDivCode"), row.integer(v, "fiscalYear"), row.text("proCode"), row.text("proName"),
                row.text("proCatCode"), row.text("expFuncCode"), row.text("depBgtEcoCode"), row.text("govBgtEcoCode"),
                row.text("fundTypeCode"), row.text("sourceTypeCode"), row.money(v, "amount"), row.text("docNo"),
                row.date(v, "docDate"));
    }

    @Override
    public List<IngestResult> record(List<BudgetLineRequest> items) {
        return ingest.part(items);
    }
}
