package io.tierdesk.identity.security;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.UserSummary;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Requesters never learn an agent's (or a colleague's) email address from any answer of
 * the API: whatever view carries a {@link UserSummary}, its email is written only for
 * staff, for the person themselves, and outside a request (no one is looking). Done where
 * every summary is written, so a new view cannot forget it.
 */
@JacksonComponent
class UserSummaryJson extends ValueSerializer<UserSummary> {

	@Override
	public void serialize(UserSummary user, JsonGenerator json, SerializationContext context) {
		json.writeStartObject();
		json.writeNumberProperty("id", user.id());
		if (SessionCallers.current().map(viewer -> mayReadEmailOf(viewer, user)).orElse(true)) {
			json.writeStringProperty("email", user.email());
		}
		else {
			json.writeNullProperty("email");
		}
		json.writeStringProperty("name", user.name());
		json.writeEndObject();
	}

	private static boolean mayReadEmailOf(Caller viewer, UserSummary user) {
		return viewer.isStaff() || viewer.id() == user.id();
	}

}
