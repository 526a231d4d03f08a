package cn.jixiao.report.api;

import java.util.List;

import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;

/** A refused report request, answered as a problem document; nothing of it is stored. */
public class ReportRefused extends Refusal {

    private ReportRefused(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status, type, title, detail, errors);
    }

    public static ReportRefused invalid(List<FieldError> errors) {
        return new ReportRefused(422, "validation", "提交的内容未通过校验",
                "提交的内容有 " + errors.size() + " 处错误，未保存任何数据。", errors);
    }

    /** Text holding characters that cannot be stored (NUL, other control characters, unpaired surrogates). */
    public static ReportRefused badCharacters(List<FieldError> errors) {
        return new ReportRefused(400, "invalid-characters", "内容含有不允许的字符",
                "提交的内容有 " + errors.size() + " 处含有控制字符或无效字符，未保存任何数据。", errors);
    }

    /** A source service is unreachable: no half-empty report is ever assembled. */
    public static ReportRefused sourceUnavailable(String source) {
        return new ReportRefused(503, "source-unavailable", "数据来源暂不可用",
                source + "暂时无法访问，无法组装报告（不会生成缺少数据的报告）。请稍后重试；已发布的版本不受影响。", null);
    }

    /** An existing text written without naming the version it edits. */
    public static ReportRefused preconditionRequired(String detail) {
        return new ReportRefused(428, "precondition-required", "缺少 If-Match", detail, null);
    }

    /** An edit based on a version that is no longer the current one. */
    public static ReportRefused editConflict(String detail) {
        return new ReportRefused(412, "edit-conflict", "内容已被他人修改", detail, null);
    }

    /** An uploaded file beyond the size limit. */
    public static ReportRefused tooLarge(String detail) {
        return new ReportRefused(413, "too-large", "文件过大", detail, null);
    }

    /** The region's gate blocks a report with error findings that the bureau has not overridden. */
    public static ReportRefused blockedByFindings(String detail, List<FieldError> errors) {
        return new ReportRefused(409, "blocked-by-findings", "报告存在错误，不能提交或发布", detail, errors);
    }

    public static ReportRefused conflict(String detail) {
        return new ReportRefused(409, "workflow", "当前状态不允许此操作", detail, null);
    }
}
