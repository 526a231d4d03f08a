package cn.jixiao.evaluation.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The figures a score page shows, read from its HTML (as served, or as a browser's DOM). */
record PageHtml(String html) {

    private static final Pattern INDICATOR_SCORE = Pattern.compile(
            "data-code=\"([^\"]+)\">.*?<td class=\"num score\">([^<]*)</td>", Pattern.DOTALL);

    String byId(String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\">([^<]*)<").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no element " + id + " in\n" + html);
        }
        return matcher.group(1).strip();
    }

    Map<String, String> indicatorScores() {
        Map<String, String> scores = new LinkedHashMap<>();
        Matcher matcher = INDICATOR_SCORE.matcher(html);
        while (matcher.find()) {
            scores.put(matcher.group(1), matcher.group(2).strip());
        }
        return scores;
    }

    int count(String fragment) {
        return html.split(Pattern.quote(fragment), -1).length - 1;
    }

    /** Every indicator's score of an API score view, by code, in tree order. */
    static Map<String, String> apiScores(JsonNode view) {
        Map<String, String> scores = new LinkedHashMap<>();
        view.get("indicators").forEach(node -> collect(node, scores));
        return scores;
    }

    private static void collect(JsonNode node, Map<String, String> scores) {
        scores.put(node.get("code").asText(), node.get("score").decimalValue().setScale(2).toPlainString());
        node.get("children").forEach(child -> collect(child, scores));
    }
}
