package cn.jixiao.report.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;

/** The figures must add up among themselves, to the cent: basic + project, and the economic classes, to spending. */
final class LedgerRules {

    static final String BASIC_PLUS_PROJECT = "basic-plus-project";
    static final String ECONOMIC_CLASSES_SUM = "economic-classes-sum";

    private LedgerRules() {
    }

    static List<Finding> check(Figures figures) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal spending = figures.spending();
        if (spending == null) {
            return findings;
        }
        if (figures.basicSpending() != null && figures.projectSpending() != null) {
            BigDecimal sum = figures.basicSpending().add(figures.projectSpending());
            if (sum.compareTo(spending) != 0) {
                findings.add(Findings.error(BASIC_PLUS_PROJECT, "基本支出 " + yuan(figures.basicSpending())
                        + " 与项目支出 " + yuan(figures.projectSpending()) + " 之和为 " + yuan(sum)
                        + "，与实际支出 " + yuan(spending) + " 不符", Findings.FIGURES));
            }
        }
        List<Figures.Amount> classes = figures.economicClasses();
        if (classes != null && !classes.isEmpty()) {
            BigDecimal sum = classes.stream().map(Figures.Amount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(spending) != 0) {
                String parts = classes.stream().map(c -> c.code() + " " + c.name() + " " + yuan(c.amount()))
                        .collect(Collectors.joining("、"));
                findings.add(Findings.error(ECONOMIC_CLASSES_SUM, "按经济分类的支出合计 " + yuan(sum) + "（" + parts
                        + "），与实际支出 " + yuan(spending) + " 不符", Findings.FIGURES));
            }
        }
        return findings;
    }

    private static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元";
    }
}
