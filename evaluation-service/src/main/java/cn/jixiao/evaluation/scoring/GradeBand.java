package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/** A grade (等级: 优, 良, 中, 差) and the lowest total score, inclusive, that earns it. */
public record GradeBand(String grade, BigDecimal minScore) {
}
