package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;

/**
 * The consistency checks run on every assembled report: the figures among themselves, and what the department's
 * narrative states against the figures. Rules: basic-plus-project, economic-classes-sum (errors, where "figures");
 * stated-value (error); named-projects-sum, fund-name-conflict, numbering (warnings, where "narrative.&lt;key&gt;").
 */
public final class ConsistencyChecker {

    private ConsistencyChecker() {
    }

    public static List<Finding> check(Figures figures, Narrative narrative) {
        Objects.requireNonNull(figures, "figures");
        List<Finding> findings = new ArrayList<>(LedgerRules.check(figures));
        if (narrative == null) {
            return List.copyOf(findings);
        }
        List<NarrativeParagraph> all = new ArrayList<>();
        List<Finding> numbering = new ArrayList<>();
        for (String key : Narrative.KEYS) {
            List<NarrativeParagraph> paragraphs = NarrativeParagraph.of(key, narrative.section(key));
            all.addAll(paragraphs);
            numbering.addAll(NumberingRule.check("narrative." + key, paragraphs));
        }
        findings.addAll(StatedValueRule.check(figures, all));
        findings.addAll(NamedProjectsRule.check(figures, all));
        findings.addAll(FundNameRule.check(all));
        findings.addAll(numbering);
        return List.copyOf(findings);
    }
}
