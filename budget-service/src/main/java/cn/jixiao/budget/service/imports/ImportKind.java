package cn.jixiao.budget.service.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a spreadsheet holds: budget lines or payments, with their columns in the template's order. */
public enum ImportKind {

    BUDGET_LINES("budget-lines", "预算指标", List.of("bgtId", "oriBgtId", "agencyCode", "mofDivCode", "fiscalYear",
            "proCode", "proName", "proCatCode", "expFuncCode", "depBgtEcoCode", "govBgtEcoCode", "fundTypeCode",
            "sourceTypeCode", "amount", "docNo", "docDate")),
    PAYMENTS("payments", "支付", List.of("payAppId", "oriPayAppId", "payCertNo", "bgtId", "agencyCode", "fiscalYear",
            "xpayAmt", "payDate", "useDes", "contractNo"));

    private final String code;
    private final String chineseName;
    private final List<String> fields;

    ImportKind(String code, String chineseName, List<String> fields) {
        this.code = code;
        this.chineseName = chineseName;
        this.fields = fields;
    }

    /** The kind named {@code budget-lines} or {@code payments}, as in the query parameter and the template's path. */
    public static Optional<ImportKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public List<String> fields() {
        return fields;
    }
}
