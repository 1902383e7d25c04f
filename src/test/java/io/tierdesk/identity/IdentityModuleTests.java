package io.tierdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import io.tierdesk.DatabaseProfiles;
import io.tierdesk.MutableClock;
import io.tierdesk.TestClockConfiguration;
import io.tierdesk.identity.IdentityEvents.RoleChanged;
import io.tierdesk.identity.IdentityEvents.UserCreated;
import io.tierdesk.identity.UserViews.NewUser;
import io.tierdesk.identity.UserViews.UserChange;
import io.tierdesk.platform.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The identity module on its own (it needs only {@code platform}): its beans, its tables
 * through Flyway on H2 or PostgreSQL, and the events it publishes for {@code audit},
 * which is not started here. What identity publishes is checked where it is published,
 * not through a listener: {@link Scenario} catches the events of the test's thread. The
 * module structure is verified once for all by {@code ModularityTests}.
 */
@ApplicationModuleTest(verifyAutomatically = false)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import(TestClockConfiguration.class)
class IdentityModuleTests {

	private final Users users;

	private final Directory directory;

	private final MutableClock clock;

	private Caller admin;

	private Caller manager;

	IdentityModuleTests(Users users, Directory directory, MutableClock clock) {
		this.users = users;
		this.directory = directory;
		this.clock = clock;
	}

	@BeforeAll
	void givenTheBootstrapAdminAndAManager() {
		admin = directory.firstAdmin().orElseThrow();
		long managerId = users
			.create(new NewUser(unique("manager"), "Mona Manager", Role.MANAGER, null, null, null), admin)
			.id();
		manager = directory.caller(managerId).orElseThrow();
	}

	@Test
	void publishesUserCreatedWhenAnAdminCreatesAUser(Scenario scenario) {
		String email = unique("agent");

		scenario.stimulate(() -> users.create(new NewUser(email, "Ada Agent", Role.AGENT, null, null, null), admin))
			.andWaitForEventOfType(UserCreated.class)
			.matching(event -> event.email().equals(email))
			.toArriveAndVerify((event, created) -> assertThat(event)
				.isEqualTo(new UserCreated(created.id(), email, Role.AGENT, admin.id(), clock.instant())));
	}

	@Test
	void refusesAUserFromANonAdminAndPublishesNothing(AssertablePublishedEvents events) {
		String email = unique("agent");

		assertThatThrownBy(() -> users.create(new NewUser(email, "Ada Agent", Role.AGENT, null, null, null), manager))
			.isInstanceOf(Problem.Forbidden.class);

		assertThat(events.ofType(UserCreated.class)).isEmpty();
		assertThat(directory.userByEmail(email)).isEmpty();
	}

	@Test
	void refusesAMissingCallerLikeAnyNonAdmin(AssertablePublishedEvents events) {
		String email = unique("agent");

		assertThatThrownBy(() -> users.create(new NewUser(email, "Ada Agent", Role.AGENT, null, null, null), null))
			.isInstanceOf(Problem.Forbidden.class);

		assertThat(events.ofType(UserCreated.class)).isEmpty();
		assertThat(directory.userByEmail(email)).isEmpty();
	}

	@Test
	void publishesRoleChangedWithFromAndToWhenAnAdminChangesARole(Scenario scenario) {
		String email = unique("agent");
		long agentId = users.create(new NewUser(email, "Ada Agent", Role.AGENT, null, null, null), admin).id();

		scenario.stimulate(() -> users.change(agentId, new UserChange(null, null, Role.MANAGER, null, null), admin))
			.andWaitForEventOfType(RoleChanged.class)
			.matching(event -> event.userId() == agentId)
			.toArriveAndVerify(event -> assertThat(event)
				.isEqualTo(new RoleChanged(agentId, email, Role.AGENT, Role.MANAGER, admin.id(), clock.instant())));
	}

	@Test
	void publishesUserCreatedWithoutAnAuthorForARequesterNamedOnACall(Scenario scenario) {
		String email = unique("caller");

		scenario.stimulate(() -> users.findOrCreateRequester(email, "Carl Caller"))
			.andWaitForEventOfType(UserCreated.class)
			.matching(event -> event.email().equals(email))
			.toArriveAndVerify((event, requester) -> assertThat(event)
				.isEqualTo(new UserCreated(requester.id(), email, Role.REQUESTER, null, clock.instant())));
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT) + "@example.org";
	}

}
