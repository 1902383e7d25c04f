package io.tierdesk.sla.policy;

import io.tierdesk.sla.SlaPolicies.Targets;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One priority's targets in business minutes, as stored. */
@Embeddable
public class PolicyTarget {

	private long firstResponseMinutes;

	private long resolutionMinutes;

	private @Nullable Long nextResponseMinutes;

	protected PolicyTarget() {
	}

	PolicyTarget(long firstResponseMinutes, long resolutionMinutes, @Nullable Long nextResponseMinutes) {
		this.firstResponseMinutes = firstResponseMinutes;
		this.resolutionMinutes = resolutionMinutes;
		this.nextResponseMinutes = nextResponseMinutes;
	}

	public long firstResponseMinutes() {
		return firstResponseMinutes;
	}

	public long resolutionMinutes() {
		return resolutionMinutes;
	}

	public @Nullable Long nextResponseMinutes() {
		return nextResponseMinutes;
	}

	Targets view() {
		return new Targets(firstResponseMinutes, resolutionMinutes, nextResponseMinutes);
	}

}
