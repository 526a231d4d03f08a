package cn.jixiao.report.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a paragraph and the indicator names they are stated for. A quantity belongs to a name when
 * the name is the token right before it (no other name or quantity in between), within {@value #MAX_GAP} characters
 * of one clause ("为", "（原值）", "决算数和调整预算数都为"), naming no fund in between, the units fit the indicator
 * and the name's scope fits the sentence. A department-wide name out of scope ("调整预算数" in a sentence about
 * 公用经费) lets the name before it bind instead. Two names written together are one: "基本支出决算数" is 基本支出 (same
 * kind, the first is the more specific), "年度预算执行率" is a rate (the last names what is stated). Numbers without a
 * unit (文号, dates, counts such as "115名") are no quantities at all.
 */
final class MentionFinder {

    static final int MAX_GAP = 12;

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|万(?!\\p{IsHan})|元|%|％|分(?![钟之]))");
    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final String CLAUSE_BREAKS = SENTENCE_BREAKS + "，,、";
    /** Words that make a sentence about a part of the spending, where "实际支出" is that part's spending. */
    private static final List<String> PART_WORDS = List.of("项目", "专项", "公用经费", "三公", "基本支出");

    /** A paragraph's names, quantities, and the quantities bound to names, each in text order. */
    record Scan(String text, List<NameToken> names, List<Quantity> quantities, List<Mention> mentions) {

        Optional<Mention> mentionOf(Quantity quantity) {
            return mentions.stream().filter(m -> m.quantity() == quantity).findFirst();
        }
    }

    /** A name at [start, end); end lies beyond the name's text when a name written right after it was merged in. */
    record NameToken(IndicatorName name, int start, int end) {
    }

    private MentionFinder() {
    }

    static Scan scan(String text) {
        List<Quantity> quantities = quantities(text);
        List<NameToken> names = names(text, quantities);
        List<Mention> mentions = new ArrayList<>();
        for (Quantity quantity : quantities) {
            owner(text, names, quantities, quantity)
                    .ifPresent(name -> mentions.add(new Mention(name.name(), name.start(), quantity)));
        }
        return new Scan(text, names, quantities, mentions);
    }

    /** The nearest name before the quantity that binds it, looking through out-of-scope department-wide names. */
    private static Optional<NameToken> owner(String text, List<NameToken> names, List<Quantity> quantities,
            Quantity quantity) {
        for (int i = names.size() - 1; i >= 0; i--) {
            NameToken name = names.get(i);
            if (name.end() > quantity.start()) {
                continue;
            }
            boolean quantityBetween = quantities.stream()
                    .anyMatch(q -> q.start() >= name.end() && q.end() <= quantity.start());
            if (quantityBetween || !fits(text, name, quantity)) {
                return Optional.empty();
            }
            if (inScope(text, name, quantity)) {
                return Optional.of(name);
            }
            if (name.name().scope() != IndicatorName.Scope.WHOLE_DEPARTMENT) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static int sentenceStart(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int index) {
        for (int i = index; i < text.length(); i++) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static List<Quantity> quantities(String text) {
        List<Quantity> quantities = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
            quantities.add(new Quantity(new BigDecimal(digits), Unit.parse(m.group(3)), m.start(), m.end(),
                    m.group().replaceAll("\\s", "")));
        }
        return quantities;
    }

    /** Names outside quantities, longest first at each position, left to right, names written together merged. */
    private static List<NameToken> names(String text, List<Quantity> quantities) {
        List<NameToken> names = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int at = i;
            Optional<Quantity> quantity = quantities.stream().filter(q -> q.start() <= at && at < q.end()).findFirst();
            IndicatorName name = quantity.isEmpty() ? IndicatorName.at(text, i) : null;
            if (quantity.isPresent()) {
                i = quantity.get().end();
            } else if (name != null) {
                add(names, new NameToken(name, i, i + name.text().length()));
                i += name.text().length();
            } else {
                i++;
            }
        }
        return names;
    }

    private static void add(List<NameToken> names, NameToken name) {
        NameToken previous = names.isEmpty() ? null : names.get(names.size() - 1);
        if (previous == null || previous.end() != name.start()) {
            names.add(name);
        } else {
            boolean sameKind = previous.name().indicator().kind == name.name().indicator().kind;
            names.set(names.size() - 1, new NameToken(sameKind ? previous.name() : name.name(), previous.start(),
                    name.end()));
        }
    }

    /** The unit fits, and the text in between is one short clause naming nothing else. */
    private static boolean fits(String text, NameToken name, Quantity quantity) {
        if (name.name().indicator().kind != quantity.unit().kind) {
            return false;
        }
        String gap = text.substring(name.end(), quantity.start()).replaceAll("\\s", "");
        boolean oneClause = gap.chars().noneMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0);
        // a fund named in between owns the amount: "项目支出其中网站运行维护费14.33万元", "年度预算中安排工作经费12.50万元"
        boolean namesSomethingElse = gap.contains("其中") || gap.contains("资金") || gap.contains("经费")
                || FundFinder.endsLikeFundName(FundFinder.withoutLinkingWords(gap));
        return oneClause && gap.length() <= MAX_GAP && !namesSomethingElse;
    }

    private static boolean inScope(String text, NameToken name, Quantity quantity) {
        int sentenceStart = sentenceStart(text, name.start());
        return switch (name.name().scope()) {
            case ANY -> true;
            case WHOLE_DEPARTMENT -> PART_WORDS.stream()
                    .noneMatch(text.substring(sentenceStart, quantity.start())::contains);
            case PROJECT -> text.substring(sentenceStart, sentenceEnd(text, name.start())).contains("项目");
        };
    }
}
