package org.policylab.configurator.passport;

import java.math.BigDecimal;

/** An amount in a named currency; tenge (KZT) unless said otherwise. */
public record Money(BigDecimal amount, String currency) {
    public static final String KZT = "KZT";

    public Money {
        amount = amount == null ? BigDecimal.ZERO : amount;
        currency = currency == null || currency.isBlank() ? KZT : currency;
    }

    public static Money kzt(long amount) {
        return new Money(BigDecimal.valueOf(amount), KZT);
    }

    public static Money zero() {
        return new Money(BigDecimal.ZERO, KZT);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }
}
