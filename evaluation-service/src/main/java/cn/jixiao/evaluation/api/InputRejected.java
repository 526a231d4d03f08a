package cn.jixiao.evaluation.api;

import java.util.List;

import cn.jixiao.evaluation.scoring.ValidationError;
import cn.jixiao.platform.problem.ErrorCodes;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;

/** A refused input or framework document; nothing of it is stored. */
public class InputRejected extends Refusal {

    private InputRejected(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status, type, title, detail, errors);
    }

    public static InputRejected invalid(List<FieldError> errors) {
        return new InputRejected(422, "validation", "提交的内容未通过校验",
                "提交的内容有 " + errors.size() + " 处错误，未保存任何数据。", errors);
    }

    /** A framework document that does not validate: one error per fault, with its document path. */
    public static InputRejected framework(List<ValidationError> errors) {
        return invalid(errors.stream().map(e -> new FieldError(e.path(), e.code().name(), e.message())).toList());
    }

    /** A change that contradicts what is recorded (e.g. a framework version already in use). */
    public static InputRejected conflict(String detail, List<FieldError> errors) {
        return new InputRejected(409, "conflict", "与已有记录冲突", detail, errors);
    }

    /** A path or query parameter out of its range or format: 400 naming the parameter. */
    public static InputRejected badParameter(String name, String message) {
        return new InputRejected(400, "invalid-parameter", "请求参数不正确", "参数 " + name + " 不正确，未保存任何数据。",
                List.of(new FieldError(name, ErrorCodes.INVALID_PARAMETER, message)));
    }
}
