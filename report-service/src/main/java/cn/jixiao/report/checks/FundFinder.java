package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the amounts a paragraph states for named funds: an amount of no indicator whose clause, the text since the
 * last clause break or token, ends like a fund's name (…资金, …经费, …费, …补助). Clauses that say what happened to
 * money ("下达项目资金", "当年支出") name no fund, nor do generic names of one or two words ("办公费", "项目资金").
 */
final class FundFinder {

    private static final List<String> SUFFIXES = List.of("资金", "经费", "补助", "费");
    private static final List<String> VERBS = List.of("下达", "拨付", "支出", "安排", "收到", "到位", "使用");
    private static final int MIN_NAME_BEFORE_SUFFIX = 4;
    private static final String CLAUSE_BREAKS = "。；;！？!?，,：:、\n";
    private static final Pattern LEADING = Pattern.compile(
            "^(?:其中|以及|包括|主要为|主要用于|用于|和|及|与|含|\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?)");
    private static final Pattern TRAILING = Pattern.compile("(?:共计|合计|为|是|共|计|达)$");

    private FundFinder() {
    }

    static List<FundMention> funds(MentionFinder.Scan scan) {
        List<FundMention> funds = new ArrayList<>();
        for (Quantity amount : scan.quantities()) {
            if (amount.unit().kind != Unit.Kind.AMOUNT || scan.mentionOf(amount).isPresent()) {
                continue;
            }
            String clause = withoutLinkingWords(scan.text().substring(clauseStart(scan, amount), amount.start()));
            if (clause.startsWith("其他")) {
                funds.add(new FundMention("其他", amount, true));
            } else if (looksLikeFundName(clause)) {
                funds.add(new FundMention(clause, amount, false));
            }
        }
        return funds;
    }

    static boolean endsLikeFundName(String text) {
        return SUFFIXES.stream().anyMatch(text::endsWith);
    }

    private static boolean looksLikeFundName(String name) {
        return SUFFIXES.stream().filter(name::endsWith).findFirst()
                .map(suffix -> name.length() - suffix.length() >= MIN_NAME_BEFORE_SUFFIX)
                .orElse(false)
                && VERBS.stream().noneMatch(name::contains);
    }

    private static int clauseStart(MentionFinder.Scan scan, Quantity amount) {
        String text = scan.text();
        int start = 0;
        for (int i = amount.start() - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        for (Quantity q : scan.quantities()) {
            if (q.end() <= amount.start()) {
                start = Math.max(start, q.end());
            }
        }
        for (MentionFinder.NameToken n : scan.names()) {
            if (n.end() <= amount.start()) {
                start = Math.max(start, n.end());
            }
        }
        return start;
    }

    /** The clause without whitespace, leading "其中", "和", dates and trailing "为", "共计". */
    static String withoutLinkingWords(String clause) {
        String name = clause.replaceAll("\\s", "");
        String before;
        do {
            before = name;
            name = LEADING.matcher(name).replaceFirst("");
            name = TRAILING.matcher(name).replaceFirst("");
        } while (!name.equals(before));
        return name;
    }
}
