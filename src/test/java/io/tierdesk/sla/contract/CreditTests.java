package io.tierdesk.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.tierdesk.sla.SlaContracts.Remedy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditTests {

	/** 95 % target, 2 % of a 12,000 fee per point below, capped at 20 % of the fee. */
	static final Credit ACME = new Credit(new BigDecimal("95"), Remedy.FEE_PERCENT_PER_POINT, null, new BigDecimal("2"),
			new BigDecimal("20"), new BigDecimal("12000"));

	@ParameterizedTest(name = "{0} met of {1} → {2} %")
	@CsvSource({ "0, 1, 0.00", "1, 1, 100.00", "2, 3, 66.67", "1, 3, 33.33", "19, 20, 95.00", "1, 8, 12.50",
			"5, 8, 62.50", "1, 6, 16.67" })
	void complianceHasTwoPlacesRoundedHalfEven(long met, long measured, String percent) {
		assertThat(Credit.compliance(met, measured)).isEqualByComparingTo(percent);
	}

	@Test
	void nothingMeasuredIsNoComplianceNotZero() {
		assertThat(Credit.compliance(0, 0)).isNull();
		assertThat(ACME.shortfall(null)).isNull();
		assertThat(ACME.owed(null)).isEqualTo(new BigDecimal("0.00"));
	}

	@ParameterizedTest(name = "{0} % → short {1} points, owed {2}")
	@CsvSource({ "95.00, 0.00, 0.00", "100.00, 0.00, 0.00", "99.99, 0.00, 0.00", "94.99, 0.01, 2.40",
			"90.00, 5.00, 1200.00", "85.00, 10.00, 2400.00", "84.00, 11.00, 2400.00", "0.00, 95.00, 2400.00",
			"93.33, 1.67, 400.80" })
	void aFeePercentagePerPointIsCapped(String compliance, String shortfall, String owed) {
		assertThat(ACME.shortfall(new BigDecimal(compliance))).isEqualByComparingTo(shortfall);
		assertThat(ACME.owed(new BigDecimal(compliance))).isEqualTo(new BigDecimal(owed));
	}

	@Test
	void aFixedAmountIsOwedForAnyShortfallAndOnlyThen() {
		Credit fixed = new Credit(new BigDecimal("99.5"), Remedy.FIXED_AMOUNT, new BigDecimal("500"), null, null, null);

		assertThat(fixed.owed(new BigDecimal("99.50"))).isEqualTo(new BigDecimal("0.00"));
		assertThat(fixed.owed(new BigDecimal("99.49"))).isEqualTo(new BigDecimal("500.00"));
		assertThat(fixed.owed(new BigDecimal("10"))).isEqualTo(new BigDecimal("500.00"));
	}

	@Test
	void aFixedAmountIsCappedByTheFeeShareWhenACapIsSet() {
		Credit fixed = new Credit(new BigDecimal("90"), Remedy.FIXED_AMOUNT, new BigDecimal("500"), null,
				new BigDecimal("2"), new BigDecimal("1000"));

		assertThat(fixed.owed(new BigDecimal("50"))).isEqualTo(new BigDecimal("20.00"));
	}

	@Test
	void centsAreRoundedHalfEven() {
		// 1 point of 0.5 % of 1.25 is 0.00625: to cents half-even 0.01; 3 points 0.01875
		// → 0.02.
		Credit tiny = new Credit(new BigDecimal("100"), Remedy.FEE_PERCENT_PER_POINT, null, new BigDecimal("0.5"), null,
				new BigDecimal("1.25"));

		assertThat(tiny.owed(new BigDecimal("99"))).isEqualTo(new BigDecimal("0.01"));
		assertThat(tiny.owed(new BigDecimal("97"))).isEqualTo(new BigDecimal("0.02"));
		// 0.5 % of 1.00 per point, 1 point: 0.005 → 0.00 (half-even keeps the even cent).
		Credit half = new Credit(new BigDecimal("100"), Remedy.FEE_PERCENT_PER_POINT, null, new BigDecimal("0.5"), null,
				new BigDecimal("1.00"));
		assertThat(half.owed(new BigDecimal("99"))).isEqualTo(new BigDecimal("0.00"));
		assertThat(half.owed(new BigDecimal("97"))).isEqualTo(new BigDecimal("0.02"));
	}

}
