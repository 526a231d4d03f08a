package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.evaluation.scoring.Measure.Source;

/** What rules need to know of a measure, built-in or defined by the document: its name, source and unit. */
record MeasureInfo(String id, String label, Source source, String unit) {

    /** The value as explanations write it: 95.33%, 1200.00元. */
    String format(BigDecimal value) {
        return Numbers.round(value).toPlainString() + unit;
    }
}
