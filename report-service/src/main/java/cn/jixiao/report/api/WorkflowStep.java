package cn.jixiao.report.api;

import java.time.Instant;

/** One step of a report's workflow: submitted, returned (with comments) or published. */
public record WorkflowStep(String action, String actor, String comment, Instant happenedAt) {
}
