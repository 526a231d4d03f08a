package cn.jixiao.report.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.platform.json.TextCharacters;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.report.api.Characters;
import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.repository.ReportKey;

/**
 * Path and query parameters, checked before anything else is done with them: an agency code or a region that could
 * not be registered in budget-service (same rules), or a year outside 2000–2100, is answered 400 naming the
 * parameter, never passed on to the database or to the other services.
 */
final class Params {

    static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Za-z]{3,32}");
    static final Pattern MOF_DIV_CODE = Pattern.compile("\\d{6}|\\d{9}");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private Params() {
    }

    static ReportKey key(String agencyCode, int fiscalYear) {
        List<FieldError> errors = new ArrayList<>();
        agency(errors, agencyCode);
        year(errors, fiscalYear);
        refuseIfAny(errors);
        return new ReportKey(agencyCode, fiscalYear);
    }

    /** The portal list: {@code fiscalYear} 0 (absent) lists nothing; {@code mofDivCode} may be absent. */
    static void region(int fiscalYear, String mofDivCode) {
        List<FieldError> errors = new ArrayList<>();
        if (fiscalYear != 0) {
            year(errors, fiscalYear);
        }
        if (mofDivCode != null) {
            region(errors, mofDivCode);
        }
        refuseIfAny(errors);
    }

    /** A region's year in a path: both required. */
    static void region(String mofDivCode, int fiscalYear) {
        List<FieldError> errors = new ArrayList<>();
        region(errors, mofDivCode);
        year(errors, fiscalYear);
        refuseIfAny(errors);
    }

    /** A region in a path: 6 or 9 digits. */
    static String mofDivCode(String mofDivCode) {
        List<FieldError> errors = new ArrayList<>();
        region(errors, mofDivCode);
        refuseIfAny(errors);
        return mofDivCode;
    }

    private static void region(List<FieldError> errors, String mofDivCode) {
        code(errors, "mofDivCode", mofDivCode, MOF_DIV_CODE, "财政区划编码", "须为 6 位或 9 位数字，例如 441422");
    }

    private static void agency(List<FieldError> errors, String agencyCode) {
        code(errors, "agencyCode", agencyCode, AGENCY_CODE, "预算单位编码", "须为 3 至 32 位字母或数字");
    }

    private static void year(List<FieldError> errors, int fiscalYear) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            errors.add(new FieldError("fiscalYear", "OUT_OF_RANGE",
                    "预算年度应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间，收到 " + fiscalYear));
        }
    }

    private static void code(List<FieldError> errors, String field, String value, Pattern pattern,
            String label, String rule) {
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError(field, "REQUIRED", label + "不能为空"));
            return;
        }
        int bad = TextCharacters.firstForbidden(value, false);
        if (bad >= 0) {
            errors.add(new FieldError(field, "INVALID_CHARACTER", Characters.describe(label, value, bad)));
        } else if (!pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, "INVALID_FORMAT", label + rule));
        }
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.badParameters(errors);
        }
    }
}
