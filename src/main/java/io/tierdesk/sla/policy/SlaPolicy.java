package io.tierdesk.sla.policy;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.TicketType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An SLA policy: targets per priority on one business calendar, the tickets it applies
 * to, and its place in the ordered list the first match is taken from.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private long calendarId;

	private int position;

	@Column(name = "is_default")
	private boolean defaultPolicy;

	private int warnAtPercent;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_policy_target", joinColumns = @JoinColumn(name = "policy_id"))
	@MapKeyColumn(name = "priority")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Priority, PolicyTarget> targets = new EnumMap<>(Priority.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_policy_organisation", joinColumns = @JoinColumn(name = "policy_id"))
	@Column(name = "organisation_id")
	private Set<Long> organisationIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_policy_type", joinColumns = @JoinColumn(name = "policy_id"))
	@Column(name = "ticket_type")
	@Enumerated(EnumType.STRING)
	private Set<TicketType> types = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_policy_category", joinColumns = @JoinColumn(name = "policy_id"))
	@Column(name = "category_id")
	private Set<Long> categoryIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_policy_channel", joinColumns = @JoinColumn(name = "policy_id"))
	@Column(name = "channel")
	@Enumerated(EnumType.STRING)
	private Set<Channel> channels = new HashSet<>();

	protected SlaPolicy() {
		this.name = "";
	}

	SlaPolicy(CheckedPolicy policy, int position) {
		this.name = policy.name();
		this.position = position;
		apply(policy);
	}

	void apply(CheckedPolicy policy) {
		name = policy.name();
		calendarId = policy.calendarId();
		warnAtPercent = policy.warnAtPercent();
		targets.clear();
		targets.putAll(policy.targets());
		organisationIds = new HashSet<>(policy.organisationIds());
		types = new HashSet<>(policy.types());
		categoryIds = new HashSet<>(policy.categoryIds());
		channels = new HashSet<>(policy.channels());
	}

	void moveTo(int position) {
		this.position = position;
	}

	void markDefault(boolean isDefault) {
		this.defaultPolicy = isDefault;
	}

	public long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public long calendarId() {
		return calendarId;
	}

	public int position() {
		return position;
	}

	public boolean isDefault() {
		return defaultPolicy;
	}

	public int warnAtPercent() {
		return warnAtPercent;
	}

	public long version() {
		return version;
	}

	public Map<Priority, PolicyTarget> targets() {
		return Map.copyOf(targets);
	}

	public Set<Long> organisationIds() {
		return Set.copyOf(organisationIds);
	}

	public Set<TicketType> types() {
		return Set.copyOf(types);
	}

	public Set<Long> categoryIds() {
		return Set.copyOf(categoryIds);
	}

	public Set<Channel> channels() {
		return Set.copyOf(channels);
	}

}
