package io.tierdesk.sla.action;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** One action of a policy; only {@code ESCALATE_TO_TEAM} names a team. */
public record PolicyAction(@NotNull SlaAction action,
		@Schema(description = "The team ESCALATE_TO_TEAM routes to; no other action takes one") @Nullable Long teamId) {

	public static PolicyAction of(SlaAction action) {
		return new PolicyAction(action, null);
	}

}
