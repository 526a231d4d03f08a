package cn.jixiao.evaluation.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.api.FrameworkInputs;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.InputChange;

/** The accepted counts or choices of an agency-year, by indicator code, oldest first. */
final class InputHistory {

    private InputHistory() {
    }

    static Map<String, List<FrameworkInputs.Change>> of(AgencyYear id, String kind) {
        return InputChange.of(id, kind).stream().collect(Collectors.groupingBy(change -> change.indicatorCode,
                Collectors.mapping(change -> new FrameworkInputs.Change(change.value, change.note, change.changedAt,
                        change.changedBy, change.changedAs), Collectors.toList())));
    }
}
