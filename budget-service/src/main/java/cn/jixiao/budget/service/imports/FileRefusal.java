package cn.jixiao.budget.service.imports;

import java.util.List;

import cn.jixiao.platform.problem.ErrorCodes;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;

/** An uploaded file refused before any of its rows is looked at: nothing was stored and no import was started. */
final class FileRefusal extends Refusal {

    private FileRefusal(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status, type, title, detail, errors);
    }

    /** A file that is empty, unreadable, or whose header does not name the kind's columns: 422. */
    static FileRefusal invalid(String title, List<FieldError> errors) {
        return new FileRefusal(422, "invalid-file", title, title + "，未导入任何数据。请按 errors 更正文件后重新上传。", errors);
    }

    /** A file that cannot be read as its type says: 422 with one {@code MALFORMED} error saying why. */
    static FileRefusal unreadable(String message) {
        return invalid("文件无法读取", List.of(new FieldError("file", ErrorCodes.MALFORMED, message)));
    }

    /** A file that is neither .xlsx nor .csv (nor .csv.gz): 415. */
    static FileRefusal unsupported(String fileName) {
        return new FileRefusal(415, "unsupported-file", "不支持的文件类型", "只接受 .xlsx（Excel 工作簿）、.csv（逗号分隔，UTF-8 或 GB18030 编码）"
                + "或 gzip 压缩的 .csv.gz 文件，收到“" + fileName + "”。旧版 .xls 请在 Excel 中另存为 .xlsx。", null);
    }
}
