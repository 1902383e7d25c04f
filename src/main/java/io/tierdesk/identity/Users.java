package io.tierdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tierdesk.identity.IdentityEvents.RoleChanged;
import io.tierdesk.identity.IdentityEvents.UserCreated;
import io.tierdesk.identity.IdentityEvents.UserDeactivated;
import io.tierdesk.identity.UserViews.NewUser;
import io.tierdesk.identity.UserViews.UserChange;
import io.tierdesk.identity.UserViews.UserView;
import io.tierdesk.identity.domain.OrganisationRepository;
import io.tierdesk.identity.domain.TeamRepository;
import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users. Admin-only operations check the caller here, not only in
 * the web layer.
 */
@Service
@Transactional
public class Users {

	private final UserRepository users;

	private final TeamRepository teams;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Users(UserRepository users, TeamRepository teams, OrganisationRepository organisations, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.teams = teams;
		this.organisations = organisations;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	public UserView create(NewUser command, Caller by) {
		requireAdmin(by);
		String email = UserAccount.normalise(command.email());
		if (users.findByEmail(email).isPresent()) {
			throw new Problem.Conflict("Email in use", "A user with email " + email + " already exists.");
		}
		if (command.organisationId() != null && !organisations.existsById(command.organisationId())) {
			throw new Problem.InvalidInput("organisationId", "no such organisation");
		}
		UserAccount user = new UserAccount(email, command.name(), command.role(), command.organisationId(), now());
		if (command.password() != null) {
			PasswordPolicy.check(command.password(), email);
			user.setPasswordHash(passwords.encode(command.password()));
		}
		users.save(user);
		for (Long teamId : command.teams() == null ? List.<Long>of() : command.teams()) {
			teams.findById(teamId)
				.orElseThrow(() -> new Problem.InvalidInput("teams", "no team with id " + teamId))
				.addMember(user.id());
		}
		events.publishEvent(new UserCreated(user.id(), email, user.role(), by.id(), now()));
		return view(user);
	}

	/**
	 * The requester a phone call, walk-up visit or email is about: found by email, or
	 * created without a password (they can be invited to the portal later), the way
	 * Zammad and Jira Service Management add unknown customers.
	 */
	public UserSummary findOrCreateRequester(String email, @Nullable String name) {
		String normalised = UserAccount.normalise(email);
		return users.findByEmail(normalised).map(UserAccount::summary).orElseGet(() -> {
			String shownName = name == null || name.isBlank() ? normalised.split("@", 2)[0] : name;
			UserAccount user = users.save(new UserAccount(normalised, shownName, Role.REQUESTER, null, now()));
			events.publishEvent(new UserCreated(user.id(), normalised, Role.REQUESTER, null, now()));
			return user.summary();
		});
	}

	public UserView change(long userId, UserChange change, Caller by) {
		requireAdmin(by);
		UserAccount user = users.findById(userId).orElseThrow(() -> new Problem.NotFound("User " + userId));
		if (change.version() != null && change.version() != user.version()) {
			throw new Problem.Conflict("Changed by someone else",
					"User " + userId + " was changed by someone else (version " + user.version() + "). Reload.");
		}
		if (change.name() != null) {
			user.rename(change.name());
		}
		if (change.organisationId() != null) {
			if (!organisations.existsById(change.organisationId())) {
				throw new Problem.InvalidInput("organisationId", "no such organisation");
			}
			user.moveToOrganisation(change.organisationId());
		}
		if (change.role() != null && change.role() != user.role()) {
			if (user.id() == by.id()) {
				throw new Problem.Conflict("Own role", "Admins cannot change their own role; ask another admin.");
			}
			Role old = user.changeRole(change.role());
			events.publishEvent(new RoleChanged(userId, user.email(), old, change.role(), by.id(), now()));
		}
		if (Boolean.FALSE.equals(change.active()) && user.isActive()) {
			if (user.id() == by.id()) {
				throw new Problem.Conflict("Own account", "Admins cannot deactivate themselves.");
			}
			user.deactivate();
			events.publishEvent(new UserDeactivated(userId, user.email(), by.id(), now()));
		}
		if (Boolean.TRUE.equals(change.active())) {
			user.activate();
		}
		users.flush();
		return view(user);
	}

	@Transactional(readOnly = true)
	public UserView get(long userId, Caller by) {
		if (by.id() != userId) {
			requireAdmin(by);
		}
		return users.findById(userId).map(this::view).orElseThrow(() -> new Problem.NotFound("User " + userId));
	}

	/**
	 * Users whose name or email contains {@code q}; staff see everyone (to log calls on
	 * their behalf).
	 */
	@Transactional(readOnly = true)
	public PageOf<UserView> search(@Nullable String q, boolean staffOnly, int page, int size, Caller by) {
		if (!by.isStaff()) {
			throw new Problem.Forbidden("Only staff can list users.");
		}
		String pattern = q == null || q.isBlank() ? null
				: "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
		var found = users.search(pattern, staffOnly, PageRequest.of(page, size, Sort.by("name", "id")));
		return new PageOf<>(found.map(this::view).getContent(), page, size, found.getTotalElements());
	}

	/**
	 * Whether the user can sign in with a password at all (a requester from a call
	 * cannot).
	 */
	@Transactional(readOnly = true)
	public boolean hasPassword(long userId, Caller by) {
		requireAdmin(by);
		return users.findById(userId).map(u -> u.passwordHash() != null).orElse(false);
	}

	public Optional<UserAccount> account(String email) {
		return users.findByEmail(UserAccount.normalise(email));
	}

	static void requireStaff(Caller by) {
		if (!by.isStaff()) {
			throw new Problem.Forbidden("Only staff can see this.");
		}
	}

	/** A missing caller is refused like any non-admin: nobody skips this check. */
	static void requireAdmin(@Nullable Caller by) {
		if (by == null || !by.is(Role.ADMIN)) {
			throw new Problem.Forbidden("Only an admin can do this.");
		}
	}

	private UserView view(UserAccount user) {
		List<Long> teamIds = teams.findByMember(user.id()).stream().map(t -> t.id()).toList();
		return new UserView(user.id(), user.email(), user.name(), user.role(), user.organisationId(), user.isActive(),
				teamIds, user.createdAt(), user.version());
	}

	private Instant now() {
		return clock.instant();
	}

}
