package cn.jixiao.platform.problem;

import java.util.List;

/**
 * A request refused by a service's own rules; {@link ProblemMappers} answers it as a problem document. Thrown before
 * or inside the transaction, so nothing of the request is stored.
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public Refusal(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    /** Path or query parameters that cannot name anything: 400, each parameter named. */
    public static Refusal badParameters(List<FieldError> errors) {
        return new Refusal(400, "invalid-parameter", "请求参数不正确",
                "请求路径或查询参数有 " + errors.size() + " 处错误，未执行任何操作。", errors);
    }

    /** A resource that does not exist (or that the caller may not know exists), in the caller's words. */
    public static Refusal notFound(String detail) {
        return new Refusal(404, "not-found", "资源不存在", detail, null);
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

    /** Null when the refusal is not about particular fields. */
    public List<FieldError> errors() {
        return errors;
    }
}
