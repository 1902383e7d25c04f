package io.tierdesk.identity;

import org.jspecify.annotations.Nullable;

/** A team as other modules show it; {@code tier} is null for a swarm team. */
public record TeamSummary(long id, String name, TeamModel model, @Nullable Integer tier) {
}
