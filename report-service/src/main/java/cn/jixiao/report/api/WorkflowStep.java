package cn.jixiao.report.api;

import java.time.Instant;
import java.util.List;

import cn.jixiao.report.repository.ReportEvent;

/** One step of a report's workflow: submitted, returned (with comments), published, or overridden (with a reason). */
public record WorkflowStep(String action, String actor, String comment, Instant happenedAt) {

    public static List<WorkflowStep> of(List<ReportEvent> events) {
        return events.stream().map(e -> new WorkflowStep(e.action, e.actor, e.comment, e.happenedAt)).toList();
    }
}
