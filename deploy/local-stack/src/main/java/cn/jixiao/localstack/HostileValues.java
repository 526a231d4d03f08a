package cn.jixiao.localstack;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * The hostile inputs the services' fuzz suites send: for every field of a JSON body, each value below replaces the
 * field's valid value (or removes the field); path and query parameters get the hostile strings; department tokens get
 * malformed agency claims. Every one of them must be answered with a 4xx problem, never a 5xx, and nothing stored.
 */
public final class HostileValues {

    private HostileValues() {
    }

    /** JSON value literals, each as it would appear after {@code "field":}. */
    public static final List<String> JSON_VALUES = List.of(
            "null", "true", "false", "0", "-1", "1.5", "-0.001", "1e20", "-1e20", "1e400", "9223372036854775808",
            "123456789012345678901234567890.123", "0.001", "19000", "4294967296000", "\"\"", "\" \"",
            "\"abc\"", "\"100.50\"", "\"1e3\"", "\"NaN\"", "\"Infinity\"", "\"2023-02-30\"", "\"2023-13-01\"",
            "\"99999-01-01\"", "\"2023/01/01\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\r\\nX-Injected: 1\"",
            "\"<script>alert(1)</script>\"", "\"" + "长".repeat(300) + "\"", "\"" + "x".repeat(5000) + "\"",
            "\"\\ud800\"", "\"'; drop table x; --\"", "\"../../etc/passwd\"", "[]", "[1,2]", "{}", "{\"a\":1}");

    /** Hostile strings for path segments and query values (already percent-encoded where needed). */
    public static final List<String> PATH_VALUES = List.of(
            "%00", "a%00b", "%0d%0aX:1", "%20", "..%2f..", "%ff%fe", "%e4%b8", "9".repeat(40),
            "-1", "0", "99999999999999999999", "1e3", "%3Cscript%3E", "%22", "%7B%7D", "%7C", "abc", "2023.5");

    /** Whole bodies that are not what any endpoint takes. */
    public static final List<String> RAW_BODIES = List.of(
            "", " ", "null", "[]", "{", "{\"a\":", "\u0000", "{\"a\":1,\"a\":2}", "[" + "[".repeat(2000),
            "\"text\"", "123", "{\"x\":\"\\u0000\"}", "\uFEFF{}");

    /** A body that is valid except for {@code field}, which holds {@code value} (null value: the field is removed). */
    public static String withField(Map<String, String> validFields, String field, String value) {
        StringBuilder json = new StringBuilder("{");
        validFields.forEach((name, literal) -> {
            String chosen = name.equals(field) ? value : literal;
            if (chosen == null) {
                return;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":").append(chosen);
        });
        return json.append('}').toString();
    }

    /** Department tokens whose agency claim is malformed: too long, an array, a number, empty, with control chars. */
    public static List<String> malformedDepartmentTokens() {
        return List.of(
                DevTokens.mint("department", "4".repeat(33)),
                DevTokens.mint("department", "441422001\u0000"),
                DevTokens.mint("department", "441422001\r\nX: 1"),
                DevTokens.mint("department", "../441422001"),
                signed(Map.of("agencyCode", List.of("441422001", "441422002"))),
                signed(Map.of("agencyCode", 441422001)),
                signed(Map.of("agencyCode", Map.of("code", "441422001"))),
                signed(Map.of("agencyCode", "")));
    }

    private static String signed(Map<String, Object> extraClaims) {
        var claims = Jwt.issuer(DevTokens.ISSUER).upn("department:hostile").groups("department")
                .expiresIn(3600);
        extraClaims.forEach(claims::claim);
        return DevTokens.sign(claims);
    }
}
