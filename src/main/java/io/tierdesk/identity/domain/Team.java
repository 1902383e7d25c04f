package io.tierdesk.identity.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.platform.Problem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.jspecify.annotations.Nullable;

/**
 * A team of agents: tiered (tier 1 first contact to tier 4 outside vendor) or a swarm
 * that joins tickets.
 */
@Entity
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private TeamModel model;

	private @Nullable Integer tier;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "user_id")
	private Set<Long> members = new HashSet<>();

	protected Team() {
		this.name = "";
		this.model = TeamModel.TIERED;
		this.createdAt = Instant.EPOCH;
	}

	public Team(String name, TeamModel model, @Nullable Integer tier, Instant createdAt) {
		if (model == TeamModel.TIERED && (tier == null || tier < 1 || tier > 4)) {
			throw new Problem.InvalidInput("tier", "a tiered team needs a tier from 1 to 4");
		}
		if (model == TeamModel.SWARM && tier != null) {
			throw new Problem.InvalidInput("tier", "a swarm team has no tier");
		}
		this.name = name.strip();
		this.model = model;
		this.tier = tier;
		this.createdAt = createdAt;
	}

	public boolean addMember(long userId) {
		return members.add(userId);
	}

	public boolean removeMember(long userId) {
		return members.remove(userId);
	}

	public Set<Long> members() {
		return Set.copyOf(members);
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("team not saved yet");
		}
		return id;
	}

	public TeamSummary summary() {
		return new TeamSummary(id(), name, model, tier);
	}

}
