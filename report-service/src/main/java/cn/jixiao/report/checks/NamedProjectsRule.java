package cn.jixiao.report.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;

/**
 * When a paragraph states the project spending and then names project funds with amounts (or lists its items after
 * "主要用于", "其中", "：", whatever they are called), the named amounts must add
 * up to the project spending, in 万元 at the precision they are stated in, unless the rest is shown as "其他".
 */
final class NamedProjectsRule {

    static final String RULE = "named-projects-sum";

    private NamedProjectsRule() {
    }

    static List<Finding> check(Figures figures, List<NarrativeParagraph> paragraphs, CheckedQuantities checked) {
        List<Finding> findings = new ArrayList<>();
        if (figures.projectSpending() == null) {
            return findings;
        }
        for (NarrativeParagraph paragraph : paragraphs) {
            Optional<Mention> total = paragraph.scan().mentions().stream()
                    .filter(m -> m.indicator() == Indicator.PROJECT_SPENDING).findFirst();
            if (total.isEmpty()) {
                continue;
            }
            int after = total.get().end();
            List<FundMention> funds = FundFinder.items(paragraph.scan(), total.get());
            boolean namesFunds = funds.stream().anyMatch(f -> !f.remainder());
            boolean remainderWithAmount = funds.stream().anyMatch(FundMention::remainder);
            boolean remainderWithoutAmount = !remainderWithAmount && paragraph.text().substring(after).contains("其他");
            if (!namesFunds || remainderWithoutAmount) {
                continue;
            }
            funds.forEach(f -> checked.add(f.amount()));
            mismatch(figures, funds).ifPresent(message -> findings.add(
                    Findings.warning(RULE, message, paragraph.where())));
        }
        return findings;
    }

    private static Optional<String> mismatch(Figures figures, List<FundMention> funds) {
        int precision = funds.stream().mapToInt(f -> f.amount().inWanYuan().scale()).min().orElseThrow();
        BigDecimal sum = funds.stream().map(f -> f.amount().inWanYuan()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(precision, RoundingMode.HALF_UP);
        BigDecimal total = inWanYuan(figures.projectSpending(), precision);
        if (sum.compareTo(total) == 0) {
            return Optional.empty();
        }
        String named = "项目支出 " + wan(total) + " 中列明的项目资金合计 " + wan(sum) + "（"
                + funds.stream().map(f -> f.amount().text()).collect(Collectors.joining(" + ")) + "）";
        if (sum.compareTo(total) > 0) {
            return Optional.of(named + "，超出项目支出 " + wan(sum.subtract(total)));
        }
        return Optional.of(named + "，尚有 " + wan(total.subtract(sum)) + " 未列明，请补全项目或将余额列为“其他”"
                + unnamedProjects(figures, funds, precision));
    }

    /** The ledger's projects whose amounts the narrative does not state, as a hint which ones are missing. */
    private static String unnamedProjects(Figures figures, List<FundMention> funds, int precision) {
        if (figures.projects() == null) {
            return "";
        }
        List<BigDecimal> stated = new ArrayList<>(funds.stream().map(f -> f.amount().inWanYuan()).toList());
        List<String> unnamed = new ArrayList<>();
        for (Figures.Project project : figures.projects()) {
            BigDecimal amount = inWanYuan(project.spending(), precision);
            Optional<BigDecimal> same = stated.stream().filter(s -> s.compareTo(amount) == 0).findFirst();
            if (same.isPresent()) {
                stated.remove(same.get());
            } else {
                unnamed.add(project.name() + " " + wan(amount));
            }
        }
        return unnamed.isEmpty() ? "" : "（账面未列明的项目：" + String.join("、", unnamed) + "）";
    }

    private static BigDecimal inWanYuan(BigDecimal yuan, int precision) {
        return yuan.movePointLeft(4).setScale(precision, RoundingMode.HALF_UP);
    }

    private static String wan(BigDecimal amount) {
        return amount.toPlainString() + "万元";
    }
}
