package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * 择其一: two rules of any quantitative kind score the same indicator and the higher score counts. On a tie the one
 * that is final (已评分) wins, then the first.
 */
public record BetterOfRule(List<Rule> rules) implements Rule {

    public BetterOfRule {
        rules = rules == null ? null : List.copyOf(rules);
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        Rule first = rules.get(0);
        Rule second = rules.get(1);
        RuleOutcome a = first.apply(indicator, values);
        RuleOutcome b = second.apply(indicator, values);
        boolean firstWins = a.score().compareTo(b.score()) > 0
                || a.score().compareTo(b.score()) == 0 && a.status().compareTo(b.status()) <= 0;
        RuleOutcome chosen = firstWins ? a : b;
        RuleOutcome other = firstWins ? b : a;
        Rule otherRule = firstWins ? second : first;
        String otherResult = other.status() == ScoreStatus.SCORED
                ? "得 " + Numbers.score(other.score()) + " 分"
                : other.status().label();
        MeasureCatalog catalog = values.catalog();
        return new RuleOutcome(chosen.value(), chosen.score(), chosen.status(), "择优采用"
                + (firstWins ? first : second).basis(catalog) + "：" + chosen.explanation() + "；"
                + otherRule.basis(catalog) + otherResult);
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        return "两项择优：" + rules.get(0).describe(weight, catalog) + "；或" + rules.get(1).describe(weight, catalog);
    }

    @Override
    public String basis(MeasureCatalog catalog) {
        return rules.get(0).basis(catalog) + "或" + rules.get(1).basis(catalog);
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        if (rules == null || rules.size() != 2) {
            errors.add(path + ".rules", Code.BETTER_OF, "择优规则须恰好包含两条规则");
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            String at = path + ".rules[" + i + "]";
            Rule rule = rules.get(i);
            if (rule instanceof QualitativeRule || rule instanceof BetterOfRule) {
                errors.add(at, Code.BETTER_OF, "择优规则的两条规则都须是定量规则，不能是定性自评或另一条择优规则");
            } else {
                rule.validate(at, weight, catalog, errors);
            }
        }
    }
}
