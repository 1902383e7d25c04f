package io.tierdesk.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user as other modules show them. In the API a requester sees only their own email:
 * staff and colleagues appear by name (see {@code identity.security.UserSummaryJson}).
 */
public record UserSummary(long id, @Schema(types = {
		"string", "null" }, requiredMode = Schema.RequiredMode.REQUIRED,
		description = "null when a requester looks at anyone but themselves") String email, String name){
}
