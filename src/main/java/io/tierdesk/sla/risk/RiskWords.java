package io.tierdesk.sla.risk;

import java.util.function.LongFunction;

/**
 * An estimate's basis in words, for the ticket page and the managers' list: the tickets
 * ahead in the team, then how long tickets like it took (6 tickets ahead in Network;
 * similar P2 tickets in Network / VPN took a median 5 h 10 min over the last 30 days).
 * Names come from the caller: team and category look-ups.
 */
public final class RiskWords {

	private RiskWords() {
	}

	public static String basis(Basis b, LongFunction<String> teamName, LongFunction<String> categoryName) {
		return queue(b, teamName) + ", " + likeness(b, categoryName) + " took a median " + minutes(b.medianMinutes())
				+ " over the last " + b.windowDays() + " days (" + b.samples() + " resolved)";
	}

	private static String queue(Basis b, LongFunction<String> teamName) {
		if (b.teamId() == null) {
			return "no team's queue yet";
		}
		String team = teamName.apply(b.teamId());
		String ahead = switch (b.ahead()) {
			case 0 -> "none ahead in " + team;
			case 1 -> "1 ticket ahead in " + team;
			default -> b.ahead() + " tickets ahead in " + team;
		};
		if (b.ahead() > 0 && b.minutesBetweenResolutions() == null) {
			return ahead + " (which resolved none lately)";
		}
		return ahead;
	}

	private static String likeness(Basis b, LongFunction<String> categoryName) {
		return switch (b.likeness()) {
			case PRIORITY_AND_CATEGORY ->
				"similar " + b.priority() + " tickets in " + categoryName.apply(b.categoryId());
			case PRIORITY -> b.priority() + " tickets";
			case ANY -> "tickets of any priority";
		};
	}

	/** Business minutes as hours and minutes: "45 min", "5 h", "5 h 10 min". */
	public static String minutes(long minutes) {
		long h = minutes / 60;
		long m = minutes % 60;
		if (h == 0) {
			return m + " min";
		}
		return m == 0 ? h + " h" : h + " h " + m + " min";
	}

}
