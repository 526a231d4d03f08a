package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A department's self-assessment of one qualitative indicator; {@link AssessmentValidator} checks it against the
 * indicator.
 *
 * @param score the department's score, within its level's range
 * @param reviewerScore the finance bureau's adjusted score, or null; when present it is the score that counts
 * @param reason why, in the department's words (evidence files are kept elsewhere)
 */
public record Assessment(Level level, BigDecimal score, BigDecimal reviewerScore, String reason) {

    /** 达成: 80%–100% of the weight; 部分达成: 50% to less than 80%; 未达成: 0 to less than 50%. */
    public enum Level {
        @JsonProperty("achieved")
        ACHIEVED("达成", 80, 100),
        @JsonProperty("partly-achieved")
        PARTLY_ACHIEVED("部分达成", 50, 80),
        @JsonProperty("not-achieved")
        NOT_ACHIEVED("未达成", 0, 50);

        private final String label;
        private final BigDecimal lowPercent;
        private final BigDecimal highPercent;

        Level(String label, int lowPercent, int highPercent) {
            this.label = label;
            this.lowPercent = BigDecimal.valueOf(lowPercent);
            this.highPercent = BigDecimal.valueOf(highPercent);
        }

        public String label() {
            return label;
        }

        /** The lowest score of this level, inclusive. */
        public BigDecimal lowest(BigDecimal weight) {
            return weight.multiply(lowPercent).movePointLeft(2);
        }

        /** The highest score of this level: inclusive for 达成 (the full weight), exclusive for the others. */
        public BigDecimal highest(BigDecimal weight) {
            return weight.multiply(highPercent).movePointLeft(2);
        }

        public boolean admits(BigDecimal score, BigDecimal weight) {
            int againstHighest = score.compareTo(highest(weight));
            boolean belowHighest = this == ACHIEVED ? againstHighest <= 0 : againstHighest < 0;
            return score.compareTo(lowest(weight)) >= 0 && belowHighest;
        }
    }

    /** The reviewer's score when there is one, else the department's. */
    public BigDecimal effectiveScore() {
        return reviewerScore != null ? reviewerScore : score;
    }
}
