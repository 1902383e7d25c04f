package io.tierdesk.ticket;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.tierdesk.identity.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on a ticket: a person (a requester or an agent, by their user id) or the
 * system under a name the timeline shows ("SLA", "Routing", "Email"). Events carry it so
 * that a listener knows whether a person or a rule made the change. Its stored form keeps
 * the derived flags for readers, and reads back without them (an event re-delivered after
 * a restart).
 */
@JsonIgnoreProperties(value = { "agent", "system" }, allowGetters = true)
public record Actor(@Nullable Long id, String name, Kind kind) {

	public enum Kind {

		REQUESTER, AGENT, SYSTEM

	}

	public static Actor of(Caller caller) {
		return new Actor(caller.id(), caller.name(), caller.isStaff() ? Kind.AGENT : Kind.REQUESTER);
	}

	public static Actor of(SystemActor system) {
		return new Actor(null, system.name(), Kind.SYSTEM);
	}

	public boolean isSystem() {
		return kind == Kind.SYSTEM;
	}

	public boolean isAgent() {
		return kind == Kind.AGENT;
	}

	public boolean isPerson(long userId) {
		return id != null && id == userId;
	}

}
