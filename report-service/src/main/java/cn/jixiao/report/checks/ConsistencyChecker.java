package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;

/**
 * The consistency checks run on every assembled report: the figures among themselves, and what the department's
 * narrative states against the figures. Rules: basic-plus-project, economic-classes-sum (errors, where "figures");
 * stated-value, arithmetic (errors); named-projects-sum, fund-name-conflict, numbering (warnings, where
 * "narrative.&lt;key&gt;"); unverified (info, one per stated amount or percentage no rule compared with the ledger).
 */
public final class ConsistencyChecker {

    /** The findings, and how many of the narrative's stated amounts and percentages were checked. */
    public record Result(List<Finding> findings, Coverage coverage) {
    }

    private ConsistencyChecker() {
    }

    public static Result check(Figures figures, Narrative narrative) {
        Objects.requireNonNull(figures, "figures");
        List<Finding> findings = new ArrayList<>(LedgerRules.check(figures));
        List<NarrativeParagraph> all = new ArrayList<>();
        List<Finding> numbering = new ArrayList<>();
        for (String key : Narrative.KEYS) {
            List<NarrativeParagraph> paragraphs = NarrativeParagraph.of(key,
                    narrative == null ? null : narrative.section(key));
            all.addAll(paragraphs);
            numbering.addAll(NumberingRule.check("narrative." + key, paragraphs));
        }
        CheckedQuantities checked = new CheckedQuantities();
        findings.addAll(StatedValueRule.check(figures, all, checked));
        findings.addAll(ArithmeticRule.check(all));
        findings.addAll(NamedProjectsRule.check(figures, all, checked));
        findings.addAll(FundNameRule.check(all));
        findings.addAll(numbering);
        Result unverified = UnverifiedRule.check(all, checked);
        findings.addAll(unverified.findings());
        return new Result(List.copyOf(findings), unverified.coverage());
    }
}
