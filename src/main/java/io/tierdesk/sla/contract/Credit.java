package io.tierdesk.sla.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.tierdesk.sla.SlaContracts.Remedy;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a missed month: compliance in percent to two places, the points below
 * the target, and the credit owed, rounded half-even to cents. A fixed amount is owed for
 * any shortfall; a fee percentage is owed per point (fractions of points count); either
 * is capped at {@code capPercent} of the monthly fee when a cap is set. Nothing measured
 * means no compliance and nothing owed.
 */
public record Credit(BigDecimal targetPercent, Remedy remedy, @Nullable BigDecimal fixedAmount,
		@Nullable BigDecimal feePercentPerPoint, @Nullable BigDecimal capPercent, @Nullable BigDecimal monthlyFee) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

	/** The share met in percent, two places half-even; null when nothing was measured. */
	public static @Nullable BigDecimal compliance(long met, long measured) {
		if (measured == 0) {
			return null;
		}
		return BigDecimal.valueOf(met)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(measured), 2, RoundingMode.HALF_EVEN);
	}

	/** Points below the target (zero at or above it); null when nothing was measured. */
	public @Nullable BigDecimal shortfall(@Nullable BigDecimal compliance) {
		if (compliance == null) {
			return null;
		}
		return targetPercent.subtract(compliance).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_EVEN);
	}

	/** The credit owed at this compliance, capped and rounded to cents. */
	public BigDecimal owed(@Nullable BigDecimal compliance) {
		BigDecimal shortfall = shortfall(compliance);
		if (shortfall == null || shortfall.signum() == 0) {
			return NOTHING;
		}
		BigDecimal owed = remedy == Remedy.FIXED_AMOUNT ? orZero(fixedAmount)
				: orZero(monthlyFee).multiply(orZero(feePercentPerPoint)).multiply(shortfall).divide(HUNDRED);
		if (capPercent != null && monthlyFee != null) {
			owed = owed.min(monthlyFee.multiply(capPercent).divide(HUNDRED));
		}
		return owed.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal orZero(@Nullable BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
