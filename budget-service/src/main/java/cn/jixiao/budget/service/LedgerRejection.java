package cn.jixiao.budget.service;

import java.util.List;

import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;

/** A refused ingest request; thrown inside the transaction so that nothing of the request is stored. */
public class LedgerRejection extends Refusal {

    private LedgerRejection(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status, type, title, detail, errors);
    }

    static LedgerRejection invalid(List<FieldError> errors) {
        return new LedgerRejection(422, "validation", "数据校验未通过",
                "请求中有 " + errors.size() + " 处错误，未保存任何数据。请按 errors 列表逐项更正后重新提交。", errors);
    }

    static LedgerRejection conflict(List<FieldError> errors) {
        return new LedgerRejection(409, "conflict", "编号已存在且内容不同",
                "请求中有记录的编号已登记过但内容不同（共 " + errors.size() + " 处字段不同，见 errors），未保存任何数据。"
                        + "已登记的记录不可修改，更正请提交调整指标或冲销记录。",
                errors);
    }
}
