package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * Piecewise: the band with the highest {@code min} the value reaches gives its fraction of the weight; a value below
 * every band scores 0. Bands may be listed in any order.
 */
public record BandsRule(String measure, List<Band> bands) implements MeasuredRule {

    /**
     * @param min in percent, inclusive
     * @param fraction of the weight, 0 to 1
     */
    public record Band(BigDecimal min, BigDecimal fraction) {
    }

    public BandsRule {
        bands = bands == null ? null : List.copyOf(bands);
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return scoreMeasured(values, (m, value) -> score(m, value, indicator.weight()));
    }

    private RuleOutcome score(MeasureInfo m, BigDecimal value, BigDecimal weight) {
        String figure = m.label() + " " + m.format(value) + "，";
        String points = Numbers.plain(weight);
        Optional<Band> reached = highestFirst().stream().filter(band -> value.compareTo(band.min()) >= 0).findFirst();
        if (reached.isEmpty()) {
            BigDecimal lowest = highestFirst().get(bands.size() - 1).min();
            return RuleOutcome.scored(value, BigDecimal.ZERO,
                    figure + "低于最低档 " + Numbers.plain(lowest) + "%，得 0.00 分（满分 " + points + " 分）");
        }
        Band band = reached.get();
        BigDecimal score = Numbers.round(weight.multiply(band.fraction()));
        String tier = figure + "达到 " + Numbers.plain(band.min()) + "% 档，";
        return RuleOutcome.scored(value, score, band.fraction().compareTo(BigDecimal.ONE) == 0
                ? tier + "得满分 " + points + " 分"
                : tier + "得 " + Numbers.fraction(band.fraction()) + " 即 " + Numbers.score(score) + " 分（满分 " + points
                        + " 分）");
    }

    private List<Band> highestFirst() {
        return bands.stream().sorted(Comparator.comparing(Band::min).reversed()).toList();
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        List<Band> sorted = highestFirst();
        String tiers = sorted.stream()
                .map(band -> "≥ " + Numbers.plain(band.min()) + "% " + (band.fraction().compareTo(BigDecimal.ONE) == 0
                        ? "得满分"
                        : "得 " + Numbers.fraction(band.fraction()) + " 分值"))
                .collect(Collectors.joining("，"));
        return basis(catalog) + " " + tiers + "，低于 " + Numbers.plain(sorted.get(sorted.size() - 1).min()) + "% 不得分（满分 "
                + Numbers.plain(weight) + " 分）";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        catalog.validateSingleValue(measure, path + ".measure", errors);
        if (bands == null || bands.isEmpty()) {
            errors.add(path + ".bands", Code.BANDS, "分档规则至少需要一档");
            return;
        }
        Set<BigDecimal> mins = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            String at = path + ".bands[" + i + "]";
            Band band = bands.get(i);
            if (band.min() == null) {
                errors.add(at + ".min", Code.REQUIRED, "缺少分档下限 min");
            } else if (!mins.add(band.min().stripTrailingZeros())) {
                errors.add(at + ".min", Code.BANDS, "分档下限 " + Numbers.plain(band.min()) + "% 重复");
            }
            if (band.fraction() == null) {
                errors.add(at + ".fraction", Code.REQUIRED, "缺少得分比例 fraction");
            } else if (band.fraction().signum() < 0 || band.fraction().compareTo(BigDecimal.ONE) > 0) {
                errors.add(at + ".fraction", Code.BANDS, "得分比例应在 0 到 1 之间");
            }
        }
    }
}
