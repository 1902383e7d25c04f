package io.tierdesk.sla.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import io.tierdesk.platform.Problem;
import io.tierdesk.platform.Problem.FieldError;
import io.tierdesk.sla.SlaContracts;
import io.tierdesk.sla.SlaContracts.ContractCommand;
import io.tierdesk.sla.SlaContracts.Remedy;
import org.jspecify.annotations.Nullable;

/**
 * Every rule a contract must keep, checked at once so that each field at fault is named:
 * a name, a known organisation (or none for all), a target between 0 and 100, at least
 * one priority and one target, a remedy with the amounts it needs, none negative, a cap
 * only with a monthly fee, and an ISO 4217 currency.
 */
final class ContractChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The largest amount stored: twelve digits before the cents. */
	private static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");

	private final List<FieldError> errors = new ArrayList<>();

	private ContractChecks() {
	}

	static CheckedContract check(ContractCommand command, Predicate<Long> knownOrganisation) {
		ContractChecks checks = new ContractChecks();
		String name = command.name() == null ? "" : command.name().strip();
		checks.require(!name.isEmpty(), "name", "give the contract a name");
		checks.require(name.length() <= SlaContracts.NAME_MAX, "name",
				"must be at most " + SlaContracts.NAME_MAX + " characters");
		Long organisation = command.organisationId();
		checks.require(organisation == null || knownOrganisation.test(organisation), "organisationId",
				"no organisation with id " + organisation + "; leave it out for a contract over all organisations");
		BigDecimal target = command.targetPercent();
		checks.require(target != null, "targetPercent", "give the share of targets to meet, in percent (e.g. 95)");
		checks.percent("targetPercent", target, HUNDRED);
		checks.require(!orEmpty(command.priorities()).isEmpty(), "priorities",
				"choose at least one priority (P1 to P4)");
		checks.require(orEmpty(command.priorities()).stream().noneMatch(Objects::isNull), "priorities",
				"a priority must be one of P1, P2, P3, P4");
		checks.require(!orEmpty(command.targets()).isEmpty(), "targets",
				"choose at least one target: FIRST_RESPONSE, RESOLUTION");
		checks.require(orEmpty(command.targets()).stream().noneMatch(Objects::isNull), "targets",
				"a target must be one of FIRST_RESPONSE, RESOLUTION");
		Remedy remedy = command.remedy();
		checks.require(remedy != null, "remedy", "choose FIXED_AMOUNT or FEE_PERCENT_PER_POINT");
		checks.amount("fixedAmount", command.fixedAmount(), remedy == Remedy.FIXED_AMOUNT);
		checks.percent("feePercentPerPoint", command.feePercentPerPoint(), HUNDRED);
		checks.require(remedy != Remedy.FEE_PERCENT_PER_POINT || command.feePercentPerPoint() != null,
				"feePercentPerPoint", "give the percentage of the monthly fee owed per point below the target");
		checks.percent("capPercent", command.capPercent(), HUNDRED);
		boolean needsFee = remedy == Remedy.FEE_PERCENT_PER_POINT || command.capPercent() != null;
		checks.amount("monthlyFee", command.monthlyFee(), needsFee);
		String currency = checks.currency(command.currency());
		if (!checks.errors.isEmpty()) {
			throw new Problem.InvalidInput(checks.errors);
		}
		Credit credit = new Credit(target.stripTrailingZeros(), remedy,
				remedy == Remedy.FIXED_AMOUNT ? command.fixedAmount() : null,
				remedy == Remedy.FEE_PERCENT_PER_POINT ? command.feePercentPerPoint() : null, command.capPercent(),
				command.monthlyFee());
		return new CheckedContract(name, organisation, Set.copyOf(command.priorities()), Set.copyOf(command.targets()),
				credit, currency);
	}

	private void percent(String field, @Nullable BigDecimal value, BigDecimal max) {
		if (value != null) {
			require(value.signum() >= 0 && value.compareTo(max) <= 0, field, "must be between 0 and " + max);
			require(value.stripTrailingZeros().scale() <= 2, field, "at most two decimals");
		}
	}

	private void amount(String field, @Nullable BigDecimal value, boolean required) {
		if (value == null) {
			require(!required, field, "required with this remedy");
			return;
		}
		require(value.signum() >= 0, field, "must not be negative");
		require(value.compareTo(AMOUNT_MAX) <= 0, field, "must be at most " + AMOUNT_MAX.toPlainString());
		require(value.stripTrailingZeros().scale() <= 2, field, "at most two decimals (cents)");
	}

	private String currency(@Nullable String code) {
		String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		boolean known = upper.matches("[A-Z]{3}")
				&& Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(upper));
		require(known, "currency", "give an ISO 4217 currency code such as EUR");
		return upper;
	}

	private void require(boolean ok, String field, String message) {
		if (!ok) {
			errors.add(new FieldError(field, message));
		}
	}

	private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
		return values == null ? Set.of() : values;
	}

}
