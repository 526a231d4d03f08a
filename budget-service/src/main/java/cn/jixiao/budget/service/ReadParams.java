package cn.jixiao.budget.service;

import java.math.BigInteger;
import java.util.regex.Pattern;

import cn.jixiao.platform.problem.ErrorCodes;
import cn.jixiao.platform.problem.Refusal;

/**
 * The path and query parameters of the read endpoints, checked before anything is looked up: a malformed one is a 400
 * problem naming the parameter, never a query that the database refuses (NUL) or a page offset beyond 32 bits.
 */
public final class ReadParams {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 100;

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern ECONOMIC_CLASS = Pattern.compile("\\d{1,5}");

    private ReadParams() {
    }

    /** One agency's fiscal year, as named by the path. */
    public record AgencyYear(String agencyCode, int fiscalYear) {
    }

    /** A page of one agency-year's list. */
    public record Listing(AgencyYear agencyYear, LedgerListQuery.Filter filter, int page, int size) {
    }

    public static AgencyYear agencyYear(String agencyCode, String fiscalYear) {
        Violations v = new Violations();
        AgencyYear agencyYear = agencyYear(v, agencyCode, fiscalYear);
        throwIfAny(v);
        return agencyYear;
    }

    public static Listing listing(String agencyCode, String fiscalYear, String proCode, String economicClass,
            String page, String size) {
        Violations v = new Violations();
        AgencyYear agencyYear = agencyYear(v, agencyCode, fiscalYear);
        String project = blankToNull(proCode);
        FieldRules.code(v, "proCode", project, FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-");
        String ecoClass = blankToNull(economicClass);
        FieldRules.code(v, "economicClass", ecoClass, ECONOMIC_CLASS, "1–5 位数字（经济分类编码前缀，如 302）");
        int pageNumber = integer(v, "page", page, 0, 0, MAX_PAGE, "页码");
        int pageSize = integer(v, "size", size, DEFAULT_SIZE, 1, MAX_SIZE, "每页条数");
        throwIfAny(v);
        return new Listing(agencyYear, new LedgerListQuery.Filter(project, ecoClass), pageNumber, pageSize);
    }

    private static AgencyYear agencyYear(Violations v, String agencyCode, String fiscalYear) {
        if (agencyCode == null || !FieldRules.AGENCY_CODE.matcher(agencyCode).matches()) {
            v.add("agencyCode", ErrorCodes.INVALID_FORMAT, "路径中的预算单位编码（agencyCode）格式不正确，应为 3–32 位字母或数字");
        }
        int year = integer(v, "fiscalYear", fiscalYear, null, MIN_YEAR, MAX_YEAR, "预算年度");
        return new AgencyYear(agencyCode, year);
    }

    private static int integer(Violations v, String name, String text, Integer defaultValue, int min, int max,
            String label) {
        String value = blankToNull(text);
        if (value == null && defaultValue != null) {
            return defaultValue;
        }
        String what = label + "（" + name + "）";
        if (value == null || !INTEGER.matcher(value).matches()) {
            v.add(name, ErrorCodes.INVALID_TYPE, what + "应为 " + min + " 至 " + max + " 之间的整数");
            return min;
        }
        BigInteger number = new BigInteger(value);
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            v.add(name, ErrorCodes.OUT_OF_RANGE, what + "应在 " + min + " 至 " + max + " 之间");
            return min;
        }
        return number.intValueExact();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void throwIfAny(Violations v) {
        if (!v.isEmpty()) {
            throw Refusal.badParameters(v.errors());
        }
    }
}
