package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token.TokenType;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * An expression of a framework document (a measure's formula or a condition), evaluated by EvalEx in BigDecimal.
 * Implicit multiplication ({@code 2a}) is off, so that a typo is an error rather than a product.
 */
final class Formula {

    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.defaultConfiguration()
            .toBuilder()
            .implicitMultiplicationAllowed(false)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .build();

    private final String text;
    private final Set<String> variables;

    private Formula(String text, Set<String> variables) {
        this.text = text;
        this.variables = Set.copyOf(variables);
    }

    /** The formula, or empty after adding its syntax errors and divisions by a constant zero at {@code path}. */
    static Optional<Formula> compile(String text, String path, ErrorList errors) {
        if (text == null || text.isBlank()) {
            errors.add(path, Code.REQUIRED, "缺少表达式");
            return Optional.empty();
        }
        Expression expression = new Expression(text, CONFIGURATION);
        try {
            expression.validate();
            for (ASTNode node : expression.getAllASTNodes()) {
                if (dividesByConstantZero(expression, node)) {
                    errors.add(path, Code.DIVISION_BY_ZERO, "表达式“" + text + "”除以常数 0");
                    return Optional.empty();
                }
            }
            return Optional.of(new Formula(text, expression.getUsedVariables()));
        } catch (BaseException e) {
            errors.add(path, Code.EXPRESSION_SYNTAX, "表达式“" + text + "”有语法错误（第 " + e.getStartPosition()
                    + " 个字符附近）");
            return Optional.empty();
        } catch (ArithmeticException e) {
            errors.add(path, Code.DIVISION_BY_ZERO, "表达式“" + text + "”除以常数 0");
            return Optional.empty();
        }
    }

    private static boolean dividesByConstantZero(Expression expression, ASTNode node) throws BaseException {
        if (node.getToken().getType() != TokenType.INFIX_OPERATOR || !"/".equals(node.getToken().getValue())) {
            return false;
        }
        ASTNode divisor = node.getParameters().get(1);
        if (usesVariables(divisor)) {
            return false;
        }
        EvaluationValue value = expression.evaluateSubtree(divisor);
        return value.isNumberValue() && value.getNumberValue().signum() == 0;
    }

    private static boolean usesVariables(ASTNode node) {
        return node.getToken().getType() == TokenType.VARIABLE_OR_CONSTANT
                || node.getParameters().stream().anyMatch(Formula::usesVariables);
    }

    String text() {
        return text;
    }

    /** The names it reads (quantities and measures), without EvalEx's constants such as PI. */
    Set<String> variables() {
        return variables;
    }

    /**
     * The value with these names bound, or empty when a name it reads has no value or the evaluation fails (a division
     * by a quantity that is zero, which EvalEx reports as an ArithmeticException).
     */
    Optional<EvaluationValue> evaluate(Map<String, BigDecimal> values) {
        if (!values.keySet().containsAll(variables)) {
            return Optional.empty();
        }
        Expression expression = new Expression(text, CONFIGURATION);
        variables.forEach(name -> expression.with(name, values.get(name)));
        try {
            return Optional.of(expression.evaluate());
        } catch (BaseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
