package io.tierdesk.sla.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.tierdesk.ticket.Priority;

/**
 * A committed, seeded history to replay the estimate on: three teams of two agents each
 * over 60 days around the clock, tickets arriving at a rate that swells in bursts (a bad
 * week, an outage), each of a priority and one of four categories whose handling time is
 * log-normal around a median of its own; each team works its queue in the queue's order
 * (priority, then age). Targets per priority: 4 h, 8 h, 24 h, 48 h; the warning at 75 %.
 */
final class ReplayedDesk {

	static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

	static final int DAYS = 60;

	static final int TEAMS = 3;

	static final int AGENTS = 2;

	static final long[] TARGET = { 240, 480, 1440, 2880 };

	static final long[] CATEGORY_MEDIAN = { 40, 90, 180, 360 };

	/** One ticket as it happened. */
	static final class Ticket {

		final long id;

		final long team;

		final Priority priority;

		final long category;

		final Instant created;

		final long handling;

		Instant resolved;

		Ticket(long id, long team, Priority priority, long category, Instant created, long handling) {
			this.id = id;
			this.team = team;
			this.priority = priority;
			this.category = category;
			this.created = created;
			this.handling = handling;
		}

		Instant due() {
			return created.plus(Duration.ofMinutes(TARGET[priority.ordinal()]));
		}

		Instant warning() {
			return created.plus(Duration.ofMinutes(TARGET[priority.ordinal()] * 3 / 4));
		}

		boolean breached() {
			return resolved.isAfter(due());
		}

	}

	static List<Ticket> generate(long seed) {
		Random random = new Random(seed);
		List<Ticket> tickets = new ArrayList<>();
		long id = 1;
		for (int team = 1; team <= TEAMS; team++) {
			for (int minute = 0; minute < DAYS * 1440; minute++) {
				if (random.nextDouble() < arrivalRate(team, minute)) {
					Priority priority = Priority.values()[pick(random, 0.05, 0.2, 0.5)];
					int category = random.nextInt(CATEGORY_MEDIAN.length);
					long handling = Math.round(CATEGORY_MEDIAN[category] * Math.exp(0.6 * random.nextGaussian()) + 5);
					tickets.add(new Ticket(id++, team, priority, category + 1, START.plus(Duration.ofMinutes(minute)),
							handling));
				}
			}
		}
		tickets.forEach(t -> work(tickets, t.team));
		return tickets;
	}

	/**
	 * About 8 tickets a day per team, two and a half times that in a burst week every
	 * month.
	 */
	private static double arrivalRate(int team, int minute) {
		int day = minute / 1440;
		boolean burst = (day + 9 * team) % 30 < 5;
		return (burst ? 2.5 : 1.0) * 8 / 1440.0;
	}

	private static int pick(Random random, double p1, double p2, double p3) {
		double r = random.nextDouble();
		return r < p1 ? 0 : r < p1 + p2 ? 1 : r < p1 + p2 + p3 ? 2 : 3;
	}

	/** The team's agents take the first waiting ticket in the queue's order when free. */
	private static void work(List<Ticket> all, long team) {
		List<Ticket> mine = all.stream().filter(t -> t.team == team).toList();
		if (mine.isEmpty() || mine.get(0).resolved != null) {
			return;
		}
		Instant[] free = new Instant[AGENTS];
		java.util.Arrays.fill(free, START);
		List<Ticket> waiting = new ArrayList<>();
		int next = 0;
		Comparator<Ticket> order = Comparator.comparing((Ticket t) -> t.priority)
			.thenComparing(t -> t.created)
			.thenComparingLong(t -> t.id);
		while (next < mine.size() || !waiting.isEmpty()) {
			int agent = 0;
			for (int a = 1; a < AGENTS; a++) {
				if (free[a].isBefore(free[agent])) {
					agent = a;
				}
			}
			Instant now = free[agent];
			if (waiting.isEmpty() && mine.get(next).created.isAfter(now)) {
				now = mine.get(next).created;
			}
			while (next < mine.size() && !mine.get(next).created.isAfter(now)) {
				waiting.add(mine.get(next++));
			}
			Ticket t = waiting.stream().min(order).orElseThrow();
			waiting.remove(t);
			t.resolved = now.plus(Duration.ofMinutes(t.handling));
			free[agent] = t.resolved;
		}
	}

	private ReplayedDesk() {
	}

}
