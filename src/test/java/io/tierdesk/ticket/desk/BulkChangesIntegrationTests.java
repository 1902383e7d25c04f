package io.tierdesk.ticket.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's bulk rules on a real database: each ticket passes its own rules and version
 * check in its own transaction, a refused one is reported by number with the reason and
 * the rest still change.
 */
class BulkChangesIntegrationTests extends ApiTestSupport {

	@Autowired
	private BulkChanges bulk;

	@Autowired
	private Tickets tickets;

	@Autowired
	private Directory directory;

	@Test
	void aBulkMoveWithOneStaleTicketMovesTheRestAndReportsItByNumber() {
		User agent = newAgent();
		long team = newTeamWith(agent.id());
		List<Long> ids = openTickets(3);
		String loaded = rows(ids);
		patch(ids.get(1), Map.of("version", 0, "impact", "HIGH"));

		var outcome = apply(form(loaded, null, null, String.valueOf(team), null), agent);

		assertThat(outcome.changed()).containsExactly(number(ids.get(0)), number(ids.get(2)));
		assertThat(outcome.refused()).singleElement().satisfies(r -> {
			assertThat(r.number()).isEqualTo(number(ids.get(1)));
			assertThat(r.reason()).contains("changed by someone else");
		});
		assertThat(teamOf(ids.get(0))).isEqualTo(team);
		assertThat(teamOf(ids.get(2))).isEqualTo(team);
		assertThat(admin().get("/api/v1/tickets/" + ids.get(1)).json().get("team").isNull()).isTrue();
	}

	@Test
	void anIllegalTransitionIsRefusedWithItsReasonAndTheOthersChange() {
		User agent = newAgent();
		List<Long> ids = openTickets(2);
		patch(ids.get(0), Map.of("version", 0, "status", "RESOLVED"));
		patch(ids.get(0), Map.of("version", 1, "status", "CLOSED"));

		var outcome = apply(form(rows(ids), Status.RESOLVED, null, null, null), agent);

		assertThat(outcome.refused()).singleElement().satisfies(r -> {
			assertThat(r.number()).isEqualTo(number(ids.get(0)));
			assertThat(r.reason()).contains("cannot go from Closed to Resolved");
		});
		assertThat(outcome.changed()).containsExactly(number(ids.get(1)));
	}

	@Test
	void anAssigneeOutsideTheTicketsTeamIsRefusedAndAMemberIsAssigned() {
		User member = newAgent();
		User outsider = newAgent();
		long team = newTeamWith(member.id());
		List<Long> ids = openTickets(2);
		patch(ids.get(0), Map.of("version", 0, "teamId", team));

		var refused = apply(form(rows(ids), null, null, null, String.valueOf(outsider.id())), member);
		var assigned = apply(form(rows(ids), null, null, null, BulkForm.ME), member);

		assertThat(refused.refused()).singleElement().satisfies(r -> {
			assertThat(r.number()).isEqualTo(number(ids.get(0)));
			assertThat(r.reason()).contains("is not a member of");
		});
		assertThat(refused.changed()).containsExactly(number(ids.get(1)));
		assertThat(assigned.changed()).containsExactly(number(ids.get(0)), number(ids.get(1)));
	}

	@Test
	void aThousandTicketsFinishAndAreReportedOneByOne() {
		Caller opener = directory.firstAdmin().orElseThrow();
		List<Long> ids = IntStream.range(0, BulkSelection.MAX)
			.mapToObj(i -> tickets
				.open(new NewTicket("Bulk " + i, null, null, null, null, null, null, null, null, null, null), opener,
						null)
				.ticket()
				.id())
			.toList();
		User agent = newAgent();

		var outcome = apply(new BulkForm(null, rows(ids), null, Level.HIGH, null, null, "me", null), agent);

		assertThat(outcome.changed()).hasSize(BulkSelection.MAX);
		assertThat(outcome.refused()).isEmpty();
		assertThat(admin().get("/api/v1/tickets/" + ids.get(999)).json().get("assignee").get("id").asLong())
			.isEqualTo(agent.id());
	}

	@Test
	void moreThanTheCapOrNothingSelectedIsRefusedWhole() {
		String tooMany = String.join(",",
				IntStream.rangeClosed(1, BulkSelection.MAX + 1).mapToObj(i -> i + ":0").toList());

		assertThatThrownBy(() -> BulkSelection.of(null, tooMany)).isInstanceOf(Problem.InvalidInput.class)
			.hasMessageContaining("at most 1000");
		assertThatThrownBy(() -> BulkSelection.of(List.of(), "")).isInstanceOf(Problem.InvalidInput.class);
		assertThatThrownBy(() -> BulkSelection.of(List.of("12"), null)).isInstanceOf(Problem.InvalidInput.class);
		assertThat(BulkSelection.of(List.of("5:1"), "5:1,6:2").rows()).containsExactly(new BulkSelection.Row(5, 1),
				new BulkSelection.Row(6, 2));
	}

	private BulkChanges.Outcome apply(BulkForm form, User agent) {
		Caller caller = directory.caller(agent.id()).orElseThrow();
		return bulk.apply(form.selection(), row -> form.changeFor(row, caller), caller);
	}

	private static BulkForm form(String rows, @Nullable Status status, @Nullable Level impact, @Nullable String team,
			@Nullable String assignee) {
		return new BulkForm(null, rows, status, impact, null, team, assignee, null);
	}

	private List<Long> openTickets(int count) {
		User requester = newRequester();
		return IntStream.range(0, count).mapToObj(i -> openTicket(requester, "Bulk " + i).get("id").asLong()).toList();
	}

	/** The rows as the queue would show them now: each with its current version. */
	private String rows(List<Long> ids) {
		return String.join(",",
				ids.stream()
					.map(id -> id + ":" + admin().get("/api/v1/tickets/" + id).json().get("version").asLong())
					.toList());
	}

	private long newTeamWith(long member) {
		long team = admin()
			.post("/api/v1/teams", Map.of("name", "Bulk " + java.util.UUID.randomUUID(), "model", "SWARM"))
			.json()
			.get("id")
			.asLong();
		assertThat(admin().put("/api/v1/teams/" + team + "/members/" + member, Map.of()).status()).isLessThan(300);
		return team;
	}

	private void patch(long id, Map<String, Object> change) {
		var response = admin().patch("/api/v1/tickets/" + id, change);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	private long teamOf(long id) {
		return admin().get("/api/v1/tickets/" + id).json().get("team").get("id").asLong();
	}

	private static String number(long id) {
		return "TD-" + id;
	}

}
