package cn.jixiao.report.api;

import java.time.Instant;

/** One step of a report's workflow: submitted, returned (with comments), published, or overridden (with a reason). */
public record WorkflowStep(String action, String actor, String comment, Instant happenedAt) {
}
