package io.tierdesk.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tierdesk.platform.Words;
import io.tierdesk.ticket.Priority;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The records of SLA contracts and of compliance as they cross the API: what an admin or
 * a manager sends and what they read back. The rules live in
 * {@link io.tierdesk.sla.contract.ContractCatalogue}; what counts in which period in
 * {@link io.tierdesk.sla.contract.Measure}.
 */
public final class SlaContracts {

	public static final int NAME_MAX = 100;

	private SlaContracts() {
	}

	/** The clocks a contract counts. */
	public enum Target {

		FIRST_RESPONSE, RESOLUTION;

		public String label() {
			return Words.of(this);
		}

	}

	/**
	 * What is owed when the month misses the target: a fixed amount, or a percentage of
	 * the monthly fee for every point below it.
	 */
	public enum Remedy {

		FIXED_AMOUNT, FEE_PERCENT_PER_POINT;

		public String label() {
			return Words.of(this);
		}

	}

	/**
	 * A contract to create: for one organisation's tickets ({@code organisationId}) or
	 * for all of them (null); at least {@code targetPercent} of the chosen priorities'
	 * chosen targets met each month, and the remedy when not. {@code capPercent} limits
	 * the credit to that share of the monthly fee.
	 */
	public record ContractCommand(@Schema(requiredMode = REQUIRED) @Size(max = NAME_MAX) @Nullable String name,
			@Nullable Long organisationId, @Schema(requiredMode = REQUIRED) @Nullable BigDecimal targetPercent,
			@Schema(requiredMode = REQUIRED) @Nullable Set<Priority> priorities,
			@Schema(requiredMode = REQUIRED) @Nullable Set<Target> targets,
			@Schema(requiredMode = REQUIRED) @Nullable Remedy remedy,
			@Schema(description = "Required with FIXED_AMOUNT") @Nullable BigDecimal fixedAmount,
			@Schema(description = "Required with FEE_PERCENT_PER_POINT") @Nullable BigDecimal feePercentPerPoint,
			@Nullable BigDecimal capPercent, @Schema(requiredMode = REQUIRED) @Size(max = 3) @Nullable String currency,
			@Nullable BigDecimal monthlyFee) {
	}

	/** A whole contract replacing the one at {@code version}. */
	public record ContractChange(@Schema(requiredMode = REQUIRED) @Nullable Long version,
			@Schema(requiredMode = REQUIRED) @Size(max = NAME_MAX) @Nullable String name, @Nullable Long organisationId,
			@Schema(requiredMode = REQUIRED) @Nullable BigDecimal targetPercent,
			@Schema(requiredMode = REQUIRED) @Nullable Set<Priority> priorities,
			@Schema(requiredMode = REQUIRED) @Nullable Set<Target> targets,
			@Schema(requiredMode = REQUIRED) @Nullable Remedy remedy,
			@Schema(description = "Required with FIXED_AMOUNT") @Nullable BigDecimal fixedAmount,
			@Schema(description = "Required with FEE_PERCENT_PER_POINT") @Nullable BigDecimal feePercentPerPoint,
			@Nullable BigDecimal capPercent, @Schema(requiredMode = REQUIRED) @Size(max = 3) @Nullable String currency,
			@Nullable BigDecimal monthlyFee) {

		public ContractCommand command() {
			return new ContractCommand(name, organisationId, targetPercent, priorities, targets, remedy, fixedAmount,
					feePercentPerPoint, capPercent, currency, monthlyFee);
		}

	}

	/** A contract as stored; {@code organisation} is null for a contract over all. */
	public record ContractView(long id, String name, @Nullable Long organisationId, @Nullable String organisation,
			BigDecimal targetPercent, Set<Priority> priorities, Set<Target> targets, Remedy remedy,
			@Nullable BigDecimal fixedAmount, @Nullable BigDecimal feePercentPerPoint, @Nullable BigDecimal capPercent,
			String currency, @Nullable BigDecimal monthlyFee, long version) {
	}

	/**
	 * Targets counted in a period: met, breached, and the share met in percent (null when
	 * nothing was measured).
	 */
	public record Tally(long measured, long met, long breached, @Nullable BigDecimal compliancePercent) {
	}

	/** One priority's first response and resolution targets in the period. */
	public record PriorityCompliance(Priority priority, Tally firstResponse, Tally resolution) {
	}

	/**
	 * One contract over the period: its priorities and targets counted together, the
	 * points below its target ({@code 0} when met, null when nothing was measured) and
	 * the credit owed, capped, in its currency.
	 */
	public record ContractCompliance(long contractId, String name, @Nullable Long organisationId,
			BigDecimal targetPercent, Tally tally, @Nullable BigDecimal shortfallPoints, BigDecimal creditOwed,
			String currency) {
	}

	/**
	 * Compliance from {@code from} (inclusive) to {@code to} (exclusive), for one
	 * organisation or (null) all.
	 */
	public record ComplianceReport(Instant from, Instant to, @Nullable Long organisationId,
			List<PriorityCompliance> priorities, List<ContractCompliance> contracts) {
	}

}
