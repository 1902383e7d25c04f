package io.tierdesk.identity;

import java.io.Serializable;

import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user a request acts for, from a session or an API token. The organisation
 * facts are here because the ticket access policy needs them on every query. Hidden from
 * the API docs: it comes from the credentials, never from a request parameter.
 */
@Hidden
public record Caller(long id, String email, String name, Role role, @Nullable Long organisationId,
		boolean organisationSharesTickets) implements Serializable {

	public boolean isStaff() {
		return role.isStaff();
	}

	public boolean is(Role wanted) {
		return role == wanted;
	}

	public UserSummary summary() {
		return new UserSummary(id, email, name);
	}

}
