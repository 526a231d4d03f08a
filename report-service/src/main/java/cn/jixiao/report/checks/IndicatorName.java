package cn.jixiao.report.checks;

import java.util.Comparator;
import java.util.List;

/** A way the narrative names an indicator, and in which sentences that name means the indicator. */
record IndicatorName(String text, Indicator indicator, Scope scope) {

    enum Scope {
        /** The name always means the indicator. */
        ANY,
        /** A department-wide name ("实际支出") that means something else in a sentence about a part of the spending. */
        WHOLE_DEPARTMENT,
        /** A bare name ("支出率") that means the indicator only in a sentence about projects (项目). */
        PROJECT
    }

    /** The names of checks/vocabulary.json, longest first, so "项目支出率" wins over "项目支出". */
    static final List<IndicatorName> ALL = Vocabulary.get().names().stream()
            .map(n -> new IndicatorName(n.text(), n.figure(), n.scope()))
            .sorted(Comparator.comparingInt((IndicatorName n) -> n.text().length()).reversed())
            .toList();

    /** The longest name starting at {@code index} of {@code text}, or null. */
    static IndicatorName at(String text, int index) {
        for (IndicatorName name : ALL) {
            if (text.startsWith(name.text(), index)) {
                return name;
            }
        }
        return null;
    }
}
