package io.tierdesk.ticket.domain;

import java.time.Instant;

import io.tierdesk.ticket.SlaSnapshot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The latest SLA snapshot of one ticket, in a row of its own beside the ticket: the SLA
 * module records it often, and doing so must not bump the ticket's version (an agent's
 * edit would then conflict with a clock, not with a person).
 */
@Entity
@Table(name = "ticket_sla")
public class TicketSla {

	@Id
	private long ticketId;

	private String policy;

	private @Nullable Instant firstResponseDueAt;

	private @Nullable Instant resolutionDueAt;

	private boolean paused;

	private boolean firstResponseBreached;

	private boolean resolutionBreached;

	private @Nullable Instant nextResponseDueAt;

	private boolean nextResponseBreached;

	private long pausedMinutes;

	private @Nullable Long resolutionMinutesLeft;

	private String calendar = "";

	/** The nearest due time of a running clock: what the queue sorts by. */
	private @Nullable Instant nextDueAt;

	private Instant recordedAt;

	protected TicketSla() {
		this.policy = "";
		this.recordedAt = Instant.EPOCH;
	}

	public TicketSla(long ticketId, SlaSnapshot snapshot, Instant now) {
		this.ticketId = ticketId;
		this.policy = "";
		this.recordedAt = now;
		record(snapshot, now);
	}

	public void record(SlaSnapshot snapshot, Instant now) {
		policy = snapshot.policy();
		firstResponseDueAt = snapshot.firstResponseDueAt();
		resolutionDueAt = snapshot.resolutionDueAt();
		paused = snapshot.paused();
		firstResponseBreached = snapshot.firstResponseBreached();
		resolutionBreached = snapshot.resolutionBreached();
		nextResponseDueAt = snapshot.nextResponseDueAt();
		nextResponseBreached = snapshot.nextResponseBreached();
		pausedMinutes = snapshot.pausedMinutes();
		resolutionMinutesLeft = snapshot.resolutionMinutesLeft();
		calendar = snapshot.calendar();
		nextDueAt = snapshot.nextDueAt();
		recordedAt = now;
	}

	public long ticketId() {
		return ticketId;
	}

	public SlaSnapshot snapshot() {
		return new SlaSnapshot(policy, firstResponseDueAt, resolutionDueAt, paused, firstResponseBreached,
				resolutionBreached, nextResponseDueAt, nextResponseBreached, pausedMinutes, resolutionMinutesLeft,
				calendar, nextDueAt);
	}

}
