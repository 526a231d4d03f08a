package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.Comparator;
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
    private static final int MIN_ITEM_NAME = 2;
    private static final String LIST_END = "。！？!?\n";
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

    /**
     * The items listed after a head's amount: named funds anywhere after it and, when an introducer follows the head
     * ("项目支出700.57万元，主要用于：预算绩效评价55万元；…"), every further amount of the list's sentence whose clause names
     * something, whatever that name ends in.
     */
    static List<FundMention> items(MentionFinder.Scan scan, Mention head) {
        List<FundMention> items = new ArrayList<>(funds(scan).stream()
                .filter(f -> f.amount().start() >= head.end()).toList());
        String text = scan.text();
        int listEnd = head.end();
        while (listEnd < text.length() && LIST_END.indexOf(text.charAt(listEnd)) < 0) {
            listEnd++;
        }
        int end = listEnd;
        List<Quantity> listed = scan.quantities().stream().filter(q -> q.unit().kind == Unit.Kind.AMOUNT
                && q.start() >= head.end() && q.end() <= end && scan.mentionOf(q).isEmpty()).toList();
        if (listed.isEmpty() || !introduced(text.substring(head.end(), listed.get(0).start()))) {
            return items;
        }
        for (Quantity amount : listed) {
            String clause = withoutLinkingWords(text.substring(clauseStart(scan, amount), amount.start()));
            boolean known = items.stream().anyMatch(f -> f.amount() == amount);
            if (!known && clause.length() >= MIN_ITEM_NAME && VERBS.stream().noneMatch(clause::contains)) {
                items.add(new FundMention(clause, amount, clause.startsWith("其他")));
            }
        }
        items.sort(Comparator.comparingInt(f -> f.amount().start()));
        return items;
    }

    private static boolean introduced(String textBeforeFirstItem) {
        return Vocabulary.get().itemLists().introducers().stream().anyMatch(textBeforeFirstItem::contains);
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
