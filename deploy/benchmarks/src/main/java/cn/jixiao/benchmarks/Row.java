package cn.jixiao.benchmarks;

/**
 * One line of the results table: what was measured on Jixiao, the baseline measured in the same run on the same
 * machine, and Jixiao's figure relative to it.
 */
public record Row(String part, String figure, String jixiao, String baseline, String ratio) {

    static Row failed(String part, String figure, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Row(part, figure, "failed: " + message.replace('\n', ' ').replace('|', '/'), "", "");
    }

    String markdown() {
        return "| " + part + " | " + figure + " | " + jixiao + " | " + baseline + " | " + ratio + " |";
    }
}
