package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jixiao.report.model.Finding;

/**
 * The same amount named as two different funds in two paragraphs is most likely one fund under two names (the sample
 * calls its 23.96万元 both a 公共文化服务体系 subsidy and a 无线覆盖运行维护费). Within one paragraph, two items of equal
 * amount are taken to be distinct.
 */
final class FundNameRule {

    static final String RULE = "fund-name-conflict";

    private record Named(FundMention fund, NarrativeParagraph paragraph) {
    }

    private FundNameRule() {
    }

    static List<Finding> check(List<NarrativeParagraph> paragraphs) {
        List<Named> named = new ArrayList<>();
        for (NarrativeParagraph paragraph : paragraphs) {
            FundFinder.funds(paragraph.scan()).stream().filter(f -> !f.remainder())
                    .forEach(f -> named.add(new Named(f, paragraph)));
        }
        List<Finding> findings = new ArrayList<>();
        Set<List<String>> reported = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                Named first = named.get(i);
                Named second = named.get(j);
                boolean sameAmount = first.fund().amount().inWanYuan()
                        .compareTo(second.fund().amount().inWanYuan()) == 0;
                if (sameAmount && first.paragraph() != second.paragraph()
                        && !first.fund().name().equals(second.fund().name())
                        && reported.add(List.of(first.fund().name(), second.fund().name()))) {
                    findings.add(Findings.warning(RULE, "同一金额 " + first.fund().amount().text() + " 使用了两个不同的名称："
                            + "「" + first.fund().name() + "」（" + first.paragraph().where() + "）与「"
                            + second.fund().name() + "」（" + second.paragraph().where() + "），请统一为同一项目名称",
                            second.paragraph().where()));
                }
            }
        }
        return findings;
    }
}
