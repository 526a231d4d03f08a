package cn.jixiao.report.api;

import java.util.List;

/** A refused report request, answered as a problem document; nothing of it is stored. */
public class ReportRefused extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ReportRefused(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ReportRefused invalid(List<Problem.FieldError> errors) {
        return new ReportRefused(422, "validation", "提交的内容未通过校验",
                "提交的内容有 " + errors.size() + " 处错误，未保存任何数据。", errors);
    }

    /** A path or query parameter that cannot name anything: checked before any lookup, any call, any write. */
    public static ReportRefused badParameters(List<Problem.FieldError> errors) {
        return new ReportRefused(400, "invalid-parameter", "请求参数不正确",
                "请求路径或查询参数有 " + errors.size() + " 处错误，未执行任何操作。", errors);
    }

    /** Text holding characters that cannot be stored (NUL, other control characters, unpaired surrogates). */
    public static ReportRefused badCharacters(List<Problem.FieldError> errors) {
        return new ReportRefused(400, "invalid-characters", "内容含有不允许的字符",
                "提交的内容有 " + errors.size() + " 处含有控制字符或无效字符，未保存任何数据。", errors);
    }

    /** A source service is unreachable: no half-empty report is ever assembled. */
    public static ReportRefused sourceUnavailable(String source) {
        return new ReportRefused(503, "source-unavailable", "数据来源暂不可用",
                source + "暂时无法访问，无法组装报告（不会生成缺少数据的报告）。请稍后重试；已发布的版本不受影响。", null);
    }

    public static ReportRefused conflict(String detail) {
        return new ReportRefused(409, "workflow", "当前状态不允许此操作", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
