package io.tierdesk.sla.contract;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import io.tierdesk.sla.SlaContracts.Remedy;
import io.tierdesk.sla.SlaContracts.Target;
import io.tierdesk.ticket.Priority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An SLA contract: the share of chosen targets of chosen priorities to be met each month,
 * for one organisation's tickets or for all, and the credit owed when it is missed.
 */
@Entity
@Table(name = "sla_contract")
public class SlaContract {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private @Nullable Long organisationId;

	private BigDecimal targetPercent;

	@Enumerated(EnumType.STRING)
	private Remedy remedy;

	private @Nullable BigDecimal fixedAmount;

	private @Nullable BigDecimal feePercentPerPoint;

	private @Nullable BigDecimal capPercent;

	private String currency;

	private @Nullable BigDecimal monthlyFee;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_contract_priority", joinColumns = @JoinColumn(name = "contract_id"))
	@Column(name = "priority")
	@Enumerated(EnumType.STRING)
	private Set<Priority> priorities = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_contract_target", joinColumns = @JoinColumn(name = "contract_id"))
	@Column(name = "target")
	@Enumerated(EnumType.STRING)
	private Set<Target> targets = new HashSet<>();

	protected SlaContract() {
		this.name = "";
		this.targetPercent = BigDecimal.ZERO;
		this.remedy = Remedy.FIXED_AMOUNT;
		this.currency = "";
	}

	SlaContract(CheckedContract contract) {
		this();
		apply(contract);
	}

	void apply(CheckedContract c) {
		name = c.name();
		organisationId = c.organisationId();
		targetPercent = c.credit().targetPercent();
		remedy = c.credit().remedy();
		fixedAmount = c.credit().fixedAmount();
		feePercentPerPoint = c.credit().feePercentPerPoint();
		capPercent = c.credit().capPercent();
		monthlyFee = c.credit().monthlyFee();
		currency = c.currency();
		priorities = new HashSet<>(c.priorities());
		targets = new HashSet<>(c.targets());
	}

	public long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public @Nullable Long organisationId() {
		return organisationId;
	}

	public String currency() {
		return currency;
	}

	public long version() {
		return version;
	}

	public Set<Priority> priorities() {
		return Set.copyOf(priorities);
	}

	public Set<Target> targets() {
		return Set.copyOf(targets);
	}

	/** The terms the credit is worked out by. */
	public Credit credit() {
		return new Credit(targetPercent, remedy, fixedAmount, feePercentPerPoint, capPercent, monthlyFee);
	}

}
