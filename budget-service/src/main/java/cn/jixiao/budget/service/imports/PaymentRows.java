package cn.jixiao.budget.service.imports;

import java.util.List;

import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.api.PaymentRequest;
import cn.jixiao.budget.service.PaymentIngest;
import cn.jixiao.budget.service.Violations;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class PaymentRows implements LedgerRows<PaymentRequest> {

    private final PaymentIngest ingest;

    PaymentRows(PaymentIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public PaymentRequest item(SheetRow row, Violations v) {
        return new PaymentRequest(row.text("payAppId"), row.text("oriPayAppId"), row.text("payCertNo"),
                row.text("bgtId"), row.text("agencyCode"), row.integer(v, "fiscalYear"), row.money(v, "xpayAmt"),
                row.date(v, "payDate"), row.text("useDes"), row.text("contractNo"));
    }

    @Override
    public List<IngestResult> record(List<PaymentRequest> items) {
        return ingest.part(items);
    }
}
