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

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
