package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Finding;

/**
 * No stated figure passes in silence: every money amount and percentage of the narrative that no rule compared with
 * the ledger is reported, with its paragraph, position and sentence, and counted in the coverage.
 */
final class UnverifiedRule {

    static final String RULE = "unverified";

    private UnverifiedRule() {
    }

    /** The findings for the unchecked figures, and the coverage line. */
    static ConsistencyChecker.Result check(List<NarrativeParagraph> paragraphs, CheckedQuantities checked) {
        List<Finding> findings = new ArrayList<>();
        int verified = 0;
        for (NarrativeParagraph paragraph : paragraphs) {
            for (Quantity quantity : paragraph.scan().quantities()) {
                if (quantity.unit().kind == Unit.Kind.SCORE) {
                    continue;
                }
                if (checked.contains(quantity)) {
                    verified++;
                } else {
                    findings.add(finding(paragraph, quantity));
                }
            }
        }
        return new ConsistencyChecker.Result(findings, Coverage.of(verified, findings.size()));
    }

    private static Finding finding(NarrativeParagraph paragraph, Quantity quantity) {
        String text = paragraph.text();
        int start = MentionFinder.sentenceStart(text, quantity.start());
        int end = MentionFinder.sentenceEnd(text, quantity.start());
        String sentence = text.substring(start, Math.min(end + 1, text.length())).strip();
        return new Finding("info", RULE, "所述 " + quantity.text() + " 未能核对：" + reason(
                paragraph.scan().mentionOf(quantity)), paragraph.where(),
                new Finding.Excerpt(paragraph.index() + 1, quantity.start() + 1, sentence));
    }

    private static String reason(Optional<Mention> mention) {
        if (mention.isEmpty()) {
            return "未能确定所指的账面数字";
        }
        // a mention of a figure the ledger has is always compared (StatedValueRule), so only these two remain
        Indicator indicator = mention.get().indicator();
        if (!indicator.inLedger()) {
            return "账面没有“" + indicator.label + "”这一数字";
        }
        return "账面暂无“" + indicator.label + "”的数字";
    }
}
