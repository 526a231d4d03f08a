package cn.jixiao.budget.service;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

import cn.jixiao.platform.json.TextCharacters;
import cn.jixiao.platform.problem.ErrorCodes;
import cn.jixiao.platform.security.AgencyAccess;

/** Field-level checks shared by every kind of ledger item, with Chinese messages that name the field. */
public final class FieldRules {

    static final Pattern AGENCY_CODE = AgencyAccess.AGENCY_CODE;
    static final Pattern MOF_DIV_CODE = Pattern.compile("\\d{6}|\\d{9}");
    static final Pattern RECORD_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}");
    static final Pattern PRO_CAT_CODE = Pattern.compile("[123]\\d{0,3}");
    static final Pattern EXP_FUNC_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    static final Pattern ECO_CODE = Pattern.compile("\\d{3}|\\d{5}");
    static final Pattern FUND_TYPE_CODE = Pattern.compile("\\d{1,4}");
    static final Pattern SOURCE_TYPE_CODE = Pattern.compile("[1-4]");

    /** The range of the ledger's numeric(18,2) columns: no configured ceiling may exceed it. */
    static final BigDecimal COLUMN_MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("agencyCode", "预算单位编码"), Map.entry("agencyName", "预算单位名称"),
            Map.entry("mofDivCode", "财政区划编码"), Map.entry("authorizedStaff", "编制数"),
            Map.entry("actualStaff", "实有人数"), Map.entry("bgtId", "指标编号"), Map.entry("oriBgtId", "原指标编号"),
            Map.entry("fiscalYear", "预算年度"), Map.entry("proCode", "项目编码"), Map.entry("proName", "项目名称"),
            Map.entry("proCatCode", "项目类别"), Map.entry("expFuncCode", "支出功能分类科目"),
            Map.entry("depBgtEcoCode", "部门预算支出经济分类"), Map.entry("govBgtEcoCode", "政府预算支出经济分类"),
            Map.entry("fundTypeCode", "资金性质"), Map.entry("sourceTypeCode", "指标来源"), Map.entry("amount", "指标金额"),
            Map.entry("docNo", "批复文号"), Map.entry("docDate", "批复日期"), Map.entry("payAppId", "支付申请编号"),
            Map.entry("oriPayAppId", "原支付申请编号"), Map.entry("payCertNo", "支付凭证号"), Map.entry("xpayAmt", "支付金额"),
            Map.entry("payDate", "支付日期"), Map.entry("useDes", "用途"), Map.entry("contractNo", "合同编号"),
            Map.entry("snapshotDate", "资产快照日期"), Map.entry("totalOriginalValue", "固定资产原值合计"),
            Map.entry("inUseOriginalValue", "在用固定资产原值"), Map.entry("items", "批量条目"));

    private FieldRules() {
    }

    /** The field's Chinese name with its code, as messages name it: 支付日期（payDate）. */
    public static String label(String field) {
        return name(field) + "（" + field + "）";
    }

    /** The field's Chinese name (the code itself for a field without one). */
    public static String name(String field) {
        return LABELS.getOrDefault(field, field);
    }

    static boolean required(Violations v, String field, Object value) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (!present) {
            v.add(field, ErrorCodes.REQUIRED, label(field) + "为必填项");
        }
        return present;
    }

    /** Whether {@code value} is a well-formed code, so that it may be looked up (lookups of anything else are skipped). */
    static boolean wellFormed(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches();
    }

    static boolean code(Violations v, String field, String value, Pattern pattern, String expected) {
        if (value == null) {
            return false;
        }
        if (!pattern.matcher(value).matches()) {
            v.add(field, ErrorCodes.INVALID_FORMAT, label(field) + "格式不正确，应为" + expected + "，收到“" + clip(value) + "”");
            return false;
        }
        return true;
    }

    static void text(Violations v, String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (TextCharacters.firstForbidden(value, true) >= 0) {
            v.add(field, ErrorCodes.INVALID_CHARACTER, label(field) + "含有不允许的字符（NUL 等控制字符或不成对的代理字符）");
        } else if (value.length() > maxLength) {
            v.add(field, ErrorCodes.OUT_OF_RANGE, label(field) + "过长，最多 " + maxLength + " 个字符");
        }
    }

    static boolean fiscalYear(Violations v, String field, Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            v.add(field, ErrorCodes.OUT_OF_RANGE, label(field) + "应在 2000 至 2100 之间，收到 " + year);
            return false;
        }
        return year != null;
    }

    /**
     * Checks an amount in 元: absolute value within the ceiling ({@code jixiao.ledger.max-amount}), at most two
     * decimals. Returns whether it is usable.
     */
    static boolean money(Violations v, String field, BigDecimal value, BigDecimal ceiling) {
        if (value == null) {
            return false;
        }
        if (value.abs().compareTo(ceiling) > 0) {
            v.add(field, ErrorCodes.OUT_OF_RANGE, label(field) + "超出允许范围：绝对值不能超过 " + ceiling.toPlainString()
                    + " 元，收到 " + shown(value));
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.add(field, ErrorCode.INVALID_SCALE, label(field) + "最多保留两位小数（单位：元），收到 " + shown(value));
            return false;
        }
        return true;
    }

    /** An amount as a person reads it, never thousands of digits long (1e-999999999 has a scale of 999999999). */
    static String shown(BigDecimal value) {
        String text = value.scale() >= -20 && value.scale() <= 20 ? value.toPlainString() : value.toString();
        return clip(text);
    }

    static boolean nonZero(Violations v, String field, BigDecimal value) {
        if (value.signum() == 0) {
            v.add(field, ErrorCode.ZERO_AMOUNT, label(field) + "不能为零");
            return false;
        }
        return true;
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** At most 40 characters of a received value, control characters and surrogates escaped. */
    private static String clip(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        StringBuilder out = new StringBuilder(shown.length());
        shown.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7f || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
