package io.tierdesk.ticket.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Role;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import org.junit.jupiter.api.Test;

class DeskFilterTests {

	private static final Caller AGENT = new Caller(7, "a@example.org", "Alan", Role.AGENT, null, false);

	private static DeskFilter queue(String queue) {
		return new DeskFilter(queue, null, null, null, null, null, null, null, null, null);
	}

	@Test
	void myTeamsOfSomeoneInNoTeamIsEmptyNotEverything() {
		var filter = DeskQueue.TEAMS.filter(AGENT, List.of());

		assertThat(filter.teamIds()).containsExactly(-1L);
		assertThat(filter.openOnly()).isTrue();
	}

	@Test
	void mineIsTheCallersOpenWork() {
		var filter = queue("mine").narrow(queue("mine").chosenQueue().filter(AGENT, List.of(3L)));

		assertThat(filter.assigneeId()).isEqualTo(7L);
		assertThat(filter.openOnly()).isTrue();
	}

	@Test
	void countsTheFiltersThatNarrowButNotTheSortOrTheQueue() {
		var twoActive = new DeskFilter("open", Status.RESOLVED, Priority.P1, null, null, null, null, "createdAt,asc",
				null, "printer");

		assertThat(twoActive.activeFilters()).isEqualTo(2);
		assertThat(queue("mine").activeFilters()).isZero();
	}

	@Test
	void choosingAStatusShowsItEvenWhenNotOpen() {
		var resolved = new DeskFilter("open", Status.RESOLVED, Priority.P1, null, null, null, null, null, null, null);

		var filter = resolved.narrow(DeskQueue.OPEN.filter(AGENT, List.of()));

		assertThat(filter.statuses()).containsExactly(Status.RESOLVED);
		assertThat(filter.openOnly()).isFalse();
		assertThat(filter.priorities()).isEqualTo(Set.of(Priority.P1));
	}

	@Test
	void anAssigneeFilterReplacesTheUnassignedQueue() {
		var someone = new DeskFilter("unassigned", null, null, null, 9L, null, null, null, null, null);

		var filter = someone.narrow(DeskQueue.UNASSIGNED.filter(AGENT, List.of()));

		assertThat(filter.assigneeId()).isEqualTo(9L);
		assertThat(filter.unassigned()).isFalse();
	}

	@Test
	void unknownQueueAndSortFallBackToDefaults() {
		var odd = new DeskFilter("nonsense", null, null, null, null, null, null, "subject,desc; drop", null, null);

		assertThat(odd.chosenQueue()).isEqualTo(DeskQueue.TEAMS);
		assertThat(odd.chosenSort()).isEqualTo(DeskFilter.DEFAULT_SORT);
	}

}
