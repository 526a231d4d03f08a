package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;

/**
 * Every value the narrative states for an indicator must be the figure at the stated precision. Also, a passage
 * headed by a rate's name ("结转结余率：…") must state that rate: when it does not, every other rate in it is taken as
 * a wrong value for the heading (the sample's 结转结余率 paragraph states only the 支出完成率 95%).
 */
final class StatedValueRule {

    static final String RULE = "stated-value";

    /** An optional item marker (①, 1、, （1）, （一）, 一、) at the start of a line. */
    private static final Pattern LINE_START = Pattern.compile(
            "^\\s*(?:[①-⑳]|\\d{1,2}[、.．](?!\\d)|[（(]\\d{1,2}[）)]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?\\s*");
    private static final Pattern COLON = Pattern.compile("^\\s*[：:]");

    private StatedValueRule() {
    }

    static List<Finding> check(Figures figures, List<NarrativeParagraph> paragraphs, CheckedQuantities checked) {
        List<Finding> findings = new ArrayList<>();
        for (NarrativeParagraph paragraph : paragraphs) {
            for (Mention mention : paragraph.scan().mentions()) {
                Indicator indicator = mention.indicator();
                Quantity stated = mention.quantity();
                if (indicator.known(figures)) {
                    checked.add(stated);
                }
                if (indicator.known(figures) && !indicator.matches(stated, figures)) {
                    findings.add(Findings.error(RULE, "所述" + mention.name().text() + " " + stated.text()
                            + " 有误，应为 " + indicator.describe(stated, figures), paragraph.where()));
                }
            }
            findings.addAll(headedPassages(figures, paragraph, checked));
        }
        return findings;
    }

    private static List<Finding> headedPassages(Figures figures, NarrativeParagraph paragraph,
            CheckedQuantities checked) {
        List<Finding> findings = new ArrayList<>();
        List<Heading> headings = headings(paragraph);
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).start() : paragraph.text().length();
            List<Quantity> rates = paragraph.scan().quantities().stream()
                    .filter(q -> q.unit() == Unit.PERCENT && q.start() >= heading.start() && q.start() < end)
                    .toList();
            if (!heading.indicator().known(figures)) {
                continue;
            }
            rates.forEach(checked::add);
            if (rates.stream().anyMatch(q -> heading.indicator().matches(q, figures))) {
                continue;
            }
            for (Quantity rate : rates) {
                Optional<Mention> mention = paragraph.scan().mentionOf(rate);
                if (mention.map(m -> m.indicator() == heading.indicator()).orElse(false)) {
                    continue; // a wrong value stated for the heading's own name is reported above
                }
                String whose = whoseRate(figures, rate, mention, heading.indicator())
                        .map(i -> "（" + rate.text() + " 为" + i.label + "）").orElse("");
                findings.add(Findings.error(RULE, "“" + heading.indicator().label + "”段落所述比率 " + rate.text()
                        + " 与" + heading.indicator().label + " " + heading.indicator().describe(rate, figures)
                        + " 不符" + whose, paragraph.where()));
            }
        }
        return findings;
    }

    private record Heading(Indicator indicator, int start) {
    }

    /** Lines that start, after an optional marker, with a rate's name and a colon. */
    private static List<Heading> headings(NarrativeParagraph paragraph) {
        String text = paragraph.text();
        List<Heading> headings = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            Matcher marker = LINE_START.matcher(line);
            marker.lookingAt();
            int nameStart = lineStart + marker.end();
            paragraph.scan().names().stream()
                    .filter(n -> n.start() == nameStart && n.name().indicator().kind == Unit.Kind.RATE
                            && n.name().scope() != IndicatorName.Scope.PROJECT
                            && COLON.matcher(text.substring(n.end())).lookingAt())
                    .findFirst()
                    .ifPresent(n -> headings.add(new Heading(n.name().indicator(), nameStart)));
            lineStart += line.length() + 1;
        }
        return headings;
    }

    /** The indicator a misplaced rate belongs to: the one it is stated for, else any rate it equals. */
    private static Optional<Indicator> whoseRate(Figures figures, Quantity rate, Optional<Mention> mention,
            Indicator heading) {
        if (mention.isPresent() && mention.get().indicator().matches(rate, figures)) {
            return Optional.of(mention.get().indicator());
        }
        return Arrays.stream(Indicator.values())
                .filter(i -> i != heading && i.kind == Unit.Kind.RATE && i.known(figures) && i.matches(rate, figures))
                .findFirst();
    }
}
