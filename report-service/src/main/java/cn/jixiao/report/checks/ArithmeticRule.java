package cn.jixiao.report.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jixiao.report.model.Finding;

/**
 * What one sentence states must agree with itself, whatever it calls its figures: a budget, a spending and the rate
 * between them (rate = spending ÷ budget at the stated precision), and parts with their stated total (合计, 共计, 总计:
 * the parts add up to it; after "其中": the parts do not exceed it). The words that give an amount its role are in
 * checks/vocabulary.json ("arithmetic").
 */
final class ArithmeticRule {

    static final String RULE = "arithmetic";

    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final String CLAUSE_BREAKS = SENTENCE_BREAKS + "，,、：:|\t";
    private static final String PART_OF = "其中";
    private static final int MAX_GAP_TO_TOTAL = 3;

    private enum Role {
        BUDGET, SPENDING, RATE
    }

    /** A sentence's quantities, and the text of its paragraph they point into. */
    private record Sentence(String paragraph, List<Quantity> quantities) {
    }

    private ArithmeticRule() {
    }

    static List<Finding> check(List<NarrativeParagraph> paragraphs) {
        List<Finding> findings = new ArrayList<>();
        for (NarrativeParagraph paragraph : paragraphs) {
            for (Sentence sentence : sentences(paragraph)) {
                rate(sentence).ifPresent(m -> findings.add(Findings.error(RULE, m, paragraph.where())));
                total(sentence).ifPresent(m -> findings.add(Findings.error(RULE, m, paragraph.where())));
                partsOf(sentence).ifPresent(m -> findings.add(Findings.error(RULE, m, paragraph.where())));
            }
        }
        return findings;
    }

    private static List<Sentence> sentences(NarrativeParagraph paragraph) {
        String text = paragraph.text();
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                int from = start;
                int to = i;
                sentences.add(new Sentence(text, paragraph.scan().quantities().stream()
                        .filter(q -> q.start() >= from && q.end() <= to).toList()));
                start = i + 1;
            }
        }
        return sentences;
    }

    private static Optional<String> rate(Sentence sentence) {
        List<Quantity> budgets = withRole(sentence, Role.BUDGET);
        List<Quantity> spendings = withRole(sentence, Role.SPENDING);
        List<Quantity> rates = withRole(sentence, Role.RATE);
        if (budgets.size() != 1 || spendings.size() != 1 || rates.size() != 1
                || budgets.get(0).inWanYuan().signum() == 0) {
            return Optional.empty();
        }
        Quantity budget = budgets.get(0);
        Quantity spending = spendings.get(0);
        Quantity rate = rates.get(0);
        BigDecimal computed = spending.inWanYuan().multiply(BigDecimal.valueOf(100))
                .divide(budget.inWanYuan(), MathContext.DECIMAL64);
        if (computed.setScale(rate.scale(), RoundingMode.HALF_UP).compareTo(rate.number()) == 0) {
            return Optional.empty();
        }
        return Optional.of("同句所述 " + spending.text() + " ÷ " + budget.text() + " = "
                + computed.setScale(Math.max(rate.scale(), 2), RoundingMode.HALF_UP).toPlainString()
                + "%，与所述比率 " + rate.text() + " 不符");
    }

    /** "…55万元、…40万元，合计95万元": the parts before the total word add up to the amount after it. */
    private static Optional<String> total(Sentence sentence) {
        for (String word : Vocabulary.get().arithmetic().total()) {
            for (Quantity total : amounts(sentence)) {
                int at = sentence.paragraph().lastIndexOf(word, total.start());
                boolean stated = at >= 0 && total.start() - at - word.length() <= MAX_GAP_TO_TOTAL
                        && noBreak(sentence.paragraph(), at + word.length(), total.start());
                List<Quantity> parts = amounts(sentence).stream()
                        .filter(q -> q.end() <= at && !inBrackets(sentence.paragraph(), q)).toList();
                if (stated && parts.size() >= 2 && !adds(parts, total, false)) {
                    return Optional.of("所述" + word + " " + total.text() + " 与所列各项之和 " + sum(parts) + "（"
                            + texts(parts) + "）不符");
                }
            }
        }
        return Optional.empty();
    }

    /** "实际支出1834.36万元，其中…": what is listed after 其中 cannot exceed the amount before it. */
    private static Optional<String> partsOf(Sentence sentence) {
        String text = sentence.paragraph();
        for (Quantity total : amounts(sentence)) {
            int at = text.indexOf(PART_OF, total.end());
            if (at < 0 || !text.substring(total.end(), at).matches("[\\s，,：:]*")) {
                continue;
            }
            List<Quantity> parts = amounts(sentence).stream()
                    .filter(q -> q.start() > at && !inBrackets(text, q)).toList();
            if (!parts.isEmpty() && !adds(parts, total, true)) {
                return Optional.of("“其中”所列各项之和 " + sum(parts) + "（" + texts(parts) + "）超过所述总数 "
                        + total.text());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the parts add up to the total (or, {@code atMost}, do not exceed it), allowing each stated amount half a
     * unit of the coarsest precision among them, as each was rounded on its own.
     */
    private static boolean adds(List<Quantity> parts, Quantity total, boolean atMost) {
        int precision = Math.min(total.inWanYuan().scale(),
                parts.stream().mapToInt(q -> q.inWanYuan().scale()).min().orElseThrow());
        BigDecimal tolerance = BigDecimal.valueOf(5, precision + 1).multiply(BigDecimal.valueOf(parts.size() + 1L));
        BigDecimal difference = parts.stream().map(Quantity::inWanYuan).reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(total.inWanYuan());
        return atMost ? difference.compareTo(tolerance) <= 0 : difference.abs().compareTo(tolerance) <= 0;
    }

    private static List<Quantity> amounts(Sentence sentence) {
        return sentence.quantities().stream().filter(q -> q.unit().kind == Unit.Kind.AMOUNT).toList();
    }

    private static List<Quantity> withRole(Sentence sentence, Role role) {
        return sentence.quantities().stream().filter(q -> role(sentence, q) == role).toList();
    }

    /** The role the words of the quantity's clause give it; spending words first, as 预算执行数 is a spending. */
    private static Role role(Sentence sentence, Quantity quantity) {
        String clause = clause(sentence, quantity);
        Vocabulary.Arithmetic words = Vocabulary.get().arithmetic();
        if (quantity.unit().kind == Unit.Kind.RATE) {
            return words.rate().stream().anyMatch(clause::contains) ? Role.RATE : null;
        }
        if (quantity.unit().kind != Unit.Kind.AMOUNT) {
            return null;
        }
        if (words.spending().stream().anyMatch(clause::contains)) {
            return Role.SPENDING;
        }
        return words.budget().stream().anyMatch(clause::contains) ? Role.BUDGET : null;
    }

    /** The text since the last clause break or quantity before this one. */
    private static String clause(Sentence sentence, Quantity quantity) {
        String text = sentence.paragraph();
        int start = 0;
        for (int i = quantity.start() - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        for (Quantity q : sentence.quantities()) {
            if (q.end() <= quantity.start()) {
                start = Math.max(start, q.end());
            }
        }
        return text.substring(start, quantity.start());
    }

    private static boolean noBreak(String text, int from, int to) {
        return text.substring(from, to).chars().noneMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0 && c != '：'
                && c != ':');
    }

    private static boolean inBrackets(String text, Quantity quantity) {
        int depth = 0;
        for (int i = 0; i < quantity.start(); i++) {
            char c = text.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private static String sum(List<Quantity> parts) {
        int precision = parts.stream().mapToInt(q -> q.inWanYuan().scale()).max().orElseThrow();
        return parts.stream().map(Quantity::inWanYuan).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(precision, RoundingMode.HALF_UP).toPlainString() + "万元";
    }

    private static String texts(List<Quantity> parts) {
        return parts.stream().map(Quantity::text).collect(Collectors.joining(" + "));
    }
}
