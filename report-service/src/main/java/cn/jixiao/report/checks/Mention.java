package cn.jixiao.report.checks;

/** An indicator name as written (e.g. "工资福利性支出") at {@code nameStart}, and the quantity the narrative states for it. */
record Mention(IndicatorName name, int nameStart, Quantity quantity) {

    Indicator indicator() {
        return name.indicator();
    }

    int end() {
        return quantity.end();
    }
}
