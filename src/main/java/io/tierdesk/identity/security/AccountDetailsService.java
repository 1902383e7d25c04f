package io.tierdesk.identity.security;

import java.time.Clock;

import io.tierdesk.identity.Directory;
import io.tierdesk.identity.domain.UserAccount;
import io.tierdesk.identity.domain.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final Directory directory;

	private final Clock clock;

	AccountDetailsService(UserRepository users, Directory directory, Clock clock) {
		this.users = users;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = users.findByEmail(UserAccount.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return SignedInUser.of(account,
				directory.callerByEmail(account.email()).orElseThrow(() -> new UsernameNotFoundException("gone")),
				clock.instant());
	}

}
