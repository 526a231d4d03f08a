package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * 二者择其一: two alternative indicators for one slot, each with its own rule; the agency chooses which one it is
 * scored on, and the choice is recorded (unlike {@link BetterOfRule}, which takes the better of both).
 */
public record OneOfRule(List<Alternative> alternatives) implements Rule {

    /** @param name the alternative's indicator name, which is also what the agency chooses */
    public record Alternative(String name, Rule rule) {
    }

    public OneOfRule {
        alternatives = alternatives == null ? null : List.copyOf(alternatives);
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        Optional<Alternative> chosen = values.choice(indicator.code())
                .flatMap(name -> alternatives.stream().filter(a -> a.name().equals(name)).findFirst());
        if (chosen.isEmpty()) {
            return RuleOutcome.pending("待填报：尚未选择考核指标（" + names("或") + "）");
        }
        RuleOutcome outcome = chosen.get().rule().apply(indicator, values);
        return new RuleOutcome(outcome.value(), outcome.score(), outcome.status(),
                "选择考核" + chosen.get().name() + "：" + outcome.explanation());
    }

    /** Whether an alternative has this name. */
    public boolean offers(String name) {
        return alternatives.stream().anyMatch(a -> a.name().equals(name));
    }

    /** The alternatives' names, quoted: “支出完成率”或“结转结余率”. */
    public String quotedNames() {
        return alternatives.stream().map(a -> "“" + a.name() + "”").collect(Collectors.joining("或"));
    }

    private String names(String separator) {
        return alternatives.stream().map(Alternative::name).collect(Collectors.joining(separator));
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        return "二者择其一：" + alternatives.stream()
                .map(a -> a.name() + "（" + a.rule().describe(weight, catalog) + "）")
                .collect(Collectors.joining("；或"));
    }

    @Override
    public String basis(MeasureCatalog catalog) {
        return names("或");
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        if (alternatives == null || alternatives.size() != 2) {
            errors.add(path + ".alternatives", Code.ONE_OF, "二者择其一须恰好包含两个备选指标");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < alternatives.size(); i++) {
            String at = path + ".alternatives[" + i + "]";
            Alternative alternative = alternatives.get(i);
            if (alternative.name() == null || alternative.name().isBlank()) {
                errors.add(at + ".name", Code.REQUIRED, "缺少备选指标名称 name");
            } else if (!names.add(alternative.name())) {
                errors.add(at + ".name", Code.ONE_OF, "备选指标名称“" + alternative.name() + "”重复");
            }
            if (alternative.rule() == null) {
                errors.add(at + ".rule", Code.REQUIRED, "缺少备选指标的评分规则 rule");
            } else if (alternative.rule() instanceof OneOfRule) {
                errors.add(at + ".rule", Code.ONE_OF, "备选指标的评分规则不能再是二者择其一");
            } else {
                alternative.rule().validate(at + ".rule", weight, catalog, errors);
            }
        }
    }
}
