package cn.jixiao.budget.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

/**
 * The ceiling on amounts ({@code jixiao.ledger.max-amount}, in 元): an amount, adjustment, payment, reversal or asset
 * value whose absolute value exceeds it is refused as implausible ({@code OUT_OF_RANGE}). It must be positive, have at
 * most two decimals and lie within the numeric(18,2) columns; the service refuses to start otherwise.
 */
@Singleton
@Startup
public class LedgerLimits {

    public static final String MAX_AMOUNT_PROPERTY = "jixiao.ledger.max-amount";

    private final BigDecimal maxAmount;

    LedgerLimits(@ConfigProperty(name = MAX_AMOUNT_PROPERTY, defaultValue = "999999999999.99") BigDecimal maxAmount) {
        if (maxAmount.signum() <= 0 || maxAmount.stripTrailingZeros().scale() > 2
                || maxAmount.compareTo(FieldRules.COLUMN_MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(MAX_AMOUNT_PROPERTY + " must be positive, with at most two decimals and at most "
                    + FieldRules.COLUMN_MAX_AMOUNT.toPlainString() + ", got " + maxAmount.toPlainString());
        }
        this.maxAmount = maxAmount;
    }

    public BigDecimal maxAmount() {
        return maxAmount;
    }
}
