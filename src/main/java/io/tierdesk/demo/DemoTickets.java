package io.tierdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Teams.TeamView;
import io.tierdesk.platform.ReplayClock;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketViews.NewMessage;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.Tickets;
import io.tierdesk.ticket.Visibility;
import io.tierdesk.demo.DemoStories.Story;
import org.jspecify.annotations.Nullable;

/**
 * Plays out one demo ticket's life on the real ticket commands, each step with the clock
 * moved to when it happened: opened through a channel, routed and assigned, answered,
 * noted, escalated, parked, resolved or closed.
 */
final class DemoTickets {

	private static final List<Channel> CHANNELS = List.of(Channel.PORTAL, Channel.PORTAL, Channel.PORTAL, Channel.EMAIL,
			Channel.EMAIL, Channel.PHONE, Channel.PHONE, Channel.CHAT, Channel.WALK_IN, Channel.API);

	/**
	 * The last ten days' open work, in turn: every status a desk shows on a normal day is
	 * there, whatever the random draws.
	 */
	private static final List<Status> RECENT = List.of(Status.NEW, Status.OPEN, Status.PENDING, Status.OPEN, Status.NEW,
			Status.ON_HOLD, Status.OPEN, Status.RESOLVED, Status.PENDING, Status.NEW);

	private final Tickets tickets;

	private final ReplayClock clock;

	private final TicketQueries queries;

	private final DemoPeople people;

	private final Random random;

	private final Instant now;

	private Instant at;

	/**
	 * How many recent tickets were played, to take the next status from {@link #RECENT}.
	 */
	private int recent;

	private @Nullable TicketView ticket;

	DemoTickets(Tickets tickets, TicketQueries queries, DemoPeople people, Random random, ReplayClock clock) {
		this.tickets = tickets;
		this.clock = clock;
		this.queries = queries;
		this.people = people;
		this.random = random;
		this.now = clock.instant();
		this.at = now;
	}

	void play(int index) {
		Story story = DemoStories.ALL.get(index % DemoStories.ALL.size());
		Caller requester = people.requesters.get(random.nextInt(people.requesters.size()));
		at = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))).truncatedTo(ChronoUnit.MINUTES);
		Status target = targetFor(at);
		Channel channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
		Caller agent = pick(people.tier1);
		open(story, requester, channel, agent);
		if (target == Status.NEW) {
			return;
		}
		boolean majorIncident = story.impact() == io.tierdesk.ticket.Level.HIGH
				&& story.urgency() == io.tierdesk.ticket.Level.HIGH;
		if (majorIncident) {
			agent = pick(people.swarm);
			route(people.teams.get(4), agent);
		}
		else {
			route(people.team(1), agent);
		}
		say(agent, story.answer(), Visibility.PUBLIC);
		if (random.nextInt(3) == 0) {
			say(agent, "Checked the knowledge base and the last similar tickets; nothing matching yet.",
					Visibility.INTERNAL);
		}
		if (story.type() == TicketType.PROBLEM || story.type() == TicketType.CHANGE || random.nextInt(6) == 0) {
			int tier = 2 + random.nextInt(2);
			Caller expert = pick(people.agentsOfTier(tier));
			say(agent, "Escalating to tier " + tier + ": needs deeper analysis.", Visibility.INTERNAL);
			route(people.team(tier), expert);
			agent = expert;
		}
		if (target == Status.PENDING || target == Status.ON_HOLD) {
			change(agent, target, target == Status.ON_HOLD ? "waiting for the vendor" : "waiting for your answer");
			return;
		}
		say(requester, story.followUp(), Visibility.PUBLIC);
		if (target == Status.OPEN) {
			return;
		}
		change(agent, Status.RESOLVED, "solved as described in the last reply");
		if (target == Status.CLOSED) {
			change(agent, Status.CLOSED, null);
		}
	}

	/**
	 * Older tickets are mostly done; the last days hold the open work, as on a real desk.
	 */
	private Status targetFor(Instant created) {
		if (Duration.between(created, now).toDays() <= 10) {
			return RECENT.get(recent++ % RECENT.size());
		}
		int roll = random.nextInt(100);
		return roll < 55 ? Status.CLOSED : roll < 85 ? Status.RESOLVED : roll < 93 ? Status.ON_HOLD : Status.OPEN;
	}

	private void open(Story story, Caller requester, Channel channel, Caller agent) {
		// Problems and changes are the desk's work: an agent opens them for the
		// requester.
		boolean deskWork = story.type() == TicketType.PROBLEM || story.type() == TicketType.CHANGE;
		boolean selfService = !deskWork && (channel == Channel.PORTAL || channel == Channel.API);
		var command = new NewTicket(story.subject(), story.description(), story.type(), story.impact(), story.urgency(),
				story.category(), selfService ? null : requester.email(), null, channel, null, null);
		ticket = clock.at(at, () -> tickets.open(command, selfService ? requester : agent, null).ticket());
	}

	private void route(TeamView team, Caller assignee) {
		step(10, 90);
		var move = new TicketChange(ticket.version(), null, null, null, null, null, team.id(), assignee.id(), null,
				null, null);
		ticket = clock.at(at, () -> tickets.change(ticket.id(), move, assignee));
	}

	private void say(Caller author, String body, Visibility visibility) {
		step(20, 240);
		clock.at(at, () -> tickets.addMessage(ticket.id(), new NewMessage(body, visibility), List.of(), author));
		ticket = queries.get(ticket.id(), author);
	}

	private void change(Caller agent, Status status, String reason) {
		step(30, 60 * 24);
		var move = new TicketChange(ticket.version(), status, null, null, null, null, null, null, null, reason, null);
		ticket = clock.at(at, () -> tickets.change(ticket.id(), move, agent));
	}

	private void step(int minMinutes, int maxMinutes) {
		Instant next = at.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes)));
		at = next.isAfter(now) ? now : next;
	}

	private Caller pick(List<Caller> from) {
		return from.get(random.nextInt(from.size()));
	}

}
