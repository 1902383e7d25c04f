package io.tierdesk.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.tierdesk.identity.IdentityEvents.ApiTokenMinted;
import io.tierdesk.identity.IdentityEvents.ApiTokenRevoked;
import io.tierdesk.identity.UserViews.MintedToken;
import io.tierdesk.identity.UserViews.NewToken;
import io.tierdesk.identity.UserViews.TokenView;
import io.tierdesk.identity.domain.ApiToken;
import io.tierdesk.identity.domain.ApiTokenRepository;
import io.tierdesk.identity.domain.TokenHolders;
import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import io.tierdesk.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Minting, listing, revoking and checking API tokens. */
@Service
@Transactional
public class ApiTokens {

	private final ApiTokenRepository tokens;

	private final TokenHolders holders;

	private final UserRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, TokenHolders holders, UserRepository users, ApplicationEventPublisher events,
			Clock clock) {
		this.tokens = tokens;
		this.holders = holders;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	public MintedToken mint(long userId, NewToken command, Caller by) {
		Users.requireAdmin(by);
		UserAccount user = users.findById(userId).orElseThrow(() -> new Problem.NotFound("User " + userId));
		if (command.expiresAt() != null && !command.expiresAt().isAfter(clock.instant())) {
			throw new Problem.InvalidInput("expiresAt", "must be in the future");
		}
		return store(user, command, TokenSecrets.newSecret(), by.id());
	}

	/** Stores a secret chosen by configuration (the bootstrap admin token). */
	MintedToken adopt(UserAccount user, String secret) {
		// Configuration, not a person, mints it: the event names no one as its author.
		return store(user, new NewToken("bootstrap", null), secret, null);
	}

	private MintedToken store(UserAccount user, NewToken command, String secret, @Nullable Long byUserId) {
		ApiToken token = tokens.save(new ApiToken(user.id(), command.name(), TokenSecrets.digest(secret),
				clock.instant(), command.expiresAt()));
		events.publishEvent(new ApiTokenMinted(token.id(), user.id(), token.name(), byUserId, clock.instant()));
		return new MintedToken(token.id(), token.name(), secret, token.expiresAt());
	}

	public void revoke(long tokenId, Caller by) {
		ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new Problem.NotFound("Token " + tokenId));
		if (token.userId() != by.id()) {
			Users.requireAdmin(by);
		}
		if (token.revoke(clock.instant())) {
			events.publishEvent(new ApiTokenRevoked(tokenId, token.userId(), token.name(), by.id(), clock.instant()));
		}
	}

	@Transactional(readOnly = true)
	public List<TokenView> of(long userId, Caller by) {
		if (userId != by.id()) {
			Users.requireAdmin(by);
		}
		return tokens.findByUserIdOrderByCreatedAtDesc(userId)
			.stream()
			.map(t -> new TokenView(t.id(), t.userId(), t.name(), t.createdAt(), t.expiresAt(), t.revokedAt()))
			.toList();
	}

	/**
	 * The caller a presented secret belongs to, if the token is live and its user active.
	 * One statement in auto-commit, no transaction: it runs before every API request
	 * (docs/benchmarks.md).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Caller> authenticate(String secret) {
		return holders.byDigest(TokenSecrets.digest(secret))
			.filter(holder -> holder.isUsableAt(clock.instant()))
			.map(h -> new Caller(h.userId(), h.email(), h.name(), h.role(), h.organisationId(),
					h.organisationSharesTickets()));
	}

}
