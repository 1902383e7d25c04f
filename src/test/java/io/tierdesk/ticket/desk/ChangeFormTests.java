package io.tierdesk.ticket.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.TeamSummary;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.junit.jupiter.api.Test;

class ChangeFormTests {

	private static final UserSummary AGENT = new UserSummary(7, "a@example.org", "Alan");

	private final TicketView ticket = new TicketView(1, "TD-1", "VPN", "", TicketType.INCIDENT, Status.OPEN,
			Level.MEDIUM, Level.MEDIUM, Priority.P3, "Priority P3", "Network", Channel.PORTAL,
			new UserSummary(2, "r@example.org", "Rita"), new TeamSummary(3, "Service Desk", TeamModel.TIERED, 1), AGENT,
			Instant.EPOCH, Instant.EPOCH, null, null, null, null, null, List.of(Status.PENDING, Status.RESOLVED), 4);

	@Test
	void untouchedFormChangesNothingButCarriesTheVersion() {
		var change = ChangeForm.of(ticket).changeFrom(ticket);

		assertThat(change.version()).isEqualTo(4);
		assertThat(change.status()).isNull();
		assertThat(change.impact()).isNull();
		assertThat(change.urgency()).isNull();
		assertThat(change.category()).isNull();
		assertThat(change.teamId()).isNull();
		assertThat(change.assigneeId()).isNull();
		assertThat(change.unassign()).isNull();
	}

	@Test
	void sendsOnlyTheFieldsTheAgentChanged() {
		var form = new ChangeForm(4, Status.PENDING, Level.MEDIUM, Level.HIGH, "Network", 3L, 7L, "waiting on user",
				null);

		var change = form.changeFrom(ticket);

		assertThat(change.status()).isEqualTo(Status.PENDING);
		assertThat(change.urgency()).isEqualTo(Level.HIGH);
		assertThat(change.impact()).isNull();
		assertThat(change.reason()).isEqualTo("waiting on user");
	}

	@Test
	void emptyTeamAndAssigneeRemoveThem() {
		var form = new ChangeForm(4, Status.OPEN, Level.MEDIUM, Level.MEDIUM, "Network", null, null, "", null);

		var change = form.changeFrom(ticket);

		assertThat(change.teamId()).isZero();
		assertThat(change.unassign()).isTrue();
		assertThat(change.reason()).isNull();
	}

	@Test
	void rebasingKeepsTheTypedValuesOnTheNewVersion() {
		var form = new ChangeForm(4, Status.PENDING, Level.LOW, Level.HIGH, "Network", 3L, null, "why", null);
		var newer = new TicketView(1, "TD-1", "VPN", "", TicketType.INCIDENT, Status.OPEN, Level.HIGH, Level.MEDIUM,
				Priority.P2, "Priority P2", "Network", Channel.PORTAL, ticket.requester(), ticket.team(), AGENT,
				Instant.EPOCH, Instant.EPOCH, null, null, null, null, null, ticket.nextStatuses(), 5);

		var rebased = form.rebasedOn(newer);

		assertThat(rebased)
			.isEqualTo(new ChangeForm(5, Status.PENDING, Level.LOW, Level.HIGH, "Network", 3L, null, "why", null));
	}

}
