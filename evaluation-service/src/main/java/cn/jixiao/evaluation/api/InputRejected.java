package cn.jixiao.evaluation.api;

import java.util.List;

/** A refused input or framework document; nothing of it is stored. */
public class InputRejected extends RuntimeException {

    private final int status;
    private final List<FieldError> errors;

    public InputRejected(int status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static InputRejected invalid(List<FieldError> errors) {
        return new InputRejected(422, "提交的内容有 " + errors.size() + " 处错误，未保存任何数据。", errors);
    }

    /** A path or query parameter out of its range or format: 400 naming the parameter. */
    public static InputRejected badParameter(String name, String message) {
        return new InputRejected(400, "参数 " + name + " 不正确，未保存任何数据。",
                List.of(new FieldError(name, "INVALID_PARAMETER", message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
