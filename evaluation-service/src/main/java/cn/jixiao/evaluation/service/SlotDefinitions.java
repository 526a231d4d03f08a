package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.FrameworkInputs;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.DepartmentSlot;
import cn.jixiao.evaluation.scoring.Slot;
import cn.jixiao.evaluation.scoring.SlotDefinition;
import cn.jixiao.evaluation.scoring.SlotDefinition.DefinedIndicator;
import cn.jixiao.evaluation.scoring.SlotDefinition.Status;
import cn.jixiao.evaluation.scoring.TargetDirection;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored slot definitions (a JSON column) as the scoring engine and the API see them. */
@ApplicationScoped
public class SlotDefinitions {

    private static final Map<Status, String> LABELS = Map.of(Status.SUBMITTED, "待审核", Status.APPROVED, "已通过",
            Status.RETURNED, "已退回");

    /** One defined indicator as stored. */
    record Stored(String name, String category, String unit, String direction, BigDecimal targetValue,
            BigDecimal weight, BigDecimal actualValue) {
    }

    private final ObjectMapper json;

    SlotDefinitions(ObjectMapper json) {
        this.json = json;
    }

    /** The agency-year's definitions by slot code, for scoring. */
    Map<String, SlotDefinition> of(AgencyYear id) {
        return DepartmentSlot.of(id).stream().collect(Collectors.toMap(slot -> slot.id.indicatorCode,
                slot -> new SlotDefinition(Status.valueOf(slot.status), slot.reviewReason, read(slot.children))));
    }

    static String label(String status) {
        return LABELS.get(Status.valueOf(status));
    }

    FrameworkInputs.SlotView view(DepartmentSlot slot) {
        List<DefinedIndicator> defined = read(slot.children);
        List<FrameworkInputs.SlotIndicatorView> children = new ArrayList<>();
        for (int i = 0; i < defined.size(); i++) {
            DefinedIndicator d = defined.get(i);
            children.add(new FrameworkInputs.SlotIndicatorView(Slot.childCode(slot.id.indicatorCode, i + 1), d.name(),
                    d.category(), d.unit(), d.direction().code(), d.targetValue(), d.weight(), d.actualValue()));
        }
        return new FrameworkInputs.SlotView(slot.id.indicatorCode, slot.status.toLowerCase(Locale.ROOT),
                label(slot.status), children, slot.submittedAt, slot.submittedBy, slot.reviewedAt, slot.reviewedBy,
                slot.reviewReason, slot.actualsAt, slot.actualsBy);
    }

    String write(List<DefinedIndicator> defined) {
        List<Stored> stored = defined.stream().map(d -> new Stored(d.name(), d.category(), d.unit(),
                d.direction().code(), d.targetValue(), d.weight(), d.actualValue())).toList();
        try {
            return json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<DefinedIndicator> read(String children) {
        try {
            List<Stored> stored = json.readValue(children, new TypeReference<List<Stored>>() { });
            return stored.stream().map(s -> new DefinedIndicator(s.name(), s.category(), s.unit(),
                    TargetDirection.of(s.direction()).orElseThrow(), s.targetValue(), s.weight(), s.actualValue()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
