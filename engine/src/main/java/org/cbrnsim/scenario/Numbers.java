package org.cbrnsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as messages and the resolved file print them: no exponent, no trailing zeros. */
final class Numbers {

    private static final MathContext MESSAGE_DIGITS = new MathContext(6);

    private Numbers() {
    }

    /** The shortest decimal that reads back as exactly this double, e.g. "0.1", "1800", "2.6e-06" → "0.0000026". */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Six significant digits, for sums in messages: 0.7 + 0.4 prints as "1.1", not "1.0999999999999999". */
    static String rounded(double value) {
        return new BigDecimal(value).round(MESSAGE_DIGITS).stripTrailingZeros().toPlainString();
    }
}
