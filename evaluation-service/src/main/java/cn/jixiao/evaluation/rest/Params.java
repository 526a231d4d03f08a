package cn.jixiao.evaluation.rest;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.TextRules;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.platform.security.AgencyAccess;

/** Path and query parameters, checked before anything is read or stored: a refusal is 400 naming the parameter. */
public final class Params {

    /** The fiscal years the service keeps data for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private static final int MAX_CODE = 64;

    private Params() {
    }

    public static AgencyYear agencyYear(String agencyCode, int fiscalYear) {
        if (agencyCode == null || !AgencyAccess.AGENCY_CODE.matcher(agencyCode).matches()) {
            throw InputRejected.badParameter("agencyCode", "单位编码须为 3 至 32 位字母或数字");
        }
        return new AgencyYear(agencyCode, year(fiscalYear));
    }

    public static int year(int fiscalYear) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            throw InputRejected.badParameter("fiscalYear", "年度须在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
        }
        return fiscalYear;
    }

    /** A code in a path (indicator, framework id or version, region): not blank, short, no control character. */
    public static String code(String name, String value, int maxLength) {
        if (value == null || value.isBlank() || TextRules.hasAnyControl(value)
                || TextRules.length(value) > Math.min(maxLength, MAX_CODE)) {
            throw InputRejected.badParameter(name, name + " 须为不超过 " + Math.min(maxLength, MAX_CODE)
                    + " 个字符的编码，不能含控制字符");
        }
        return value;
    }
}
