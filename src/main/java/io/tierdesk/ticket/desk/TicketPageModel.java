package io.tierdesk.ticket.desk;

import java.util.List;
import java.util.Map;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketPageSlot;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketViews.TicketView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the ticket page shows, for a first view and for a re-render after a failed
 * form: forms already in the model (what the user typed) are kept. Requesters get the
 * public conversation and what happens next; staff the whole timeline and editors. Both
 * see the resolution and the follow-ups of a closed ticket. Other modules' parts come in
 * through {@link TicketPageSlot}s.
 */
@Component
class TicketPageModel {

	static final String VIEW = "ticket/ticket";

	private final TicketQueries queries;

	private final Categories categories;

	private final Directory directory;

	private final AssigneeChoices assignees;

	private final List<TicketPageSlot> slots;

	TicketPageModel(TicketQueries queries, Categories categories, Directory directory, AssigneeChoices assignees,
			ObjectProvider<TicketPageSlot> slots) {
		this.queries = queries;
		this.categories = categories;
		this.directory = directory;
		this.assignees = assignees;
		this.slots = slots.orderedStream().toList();
	}

	String render(long ticketId, Caller caller, Model model) {
		TicketView ticket = queries.get(ticketId, caller);
		model.addAttribute("ticket", ticket);
		addIfAbsent(model, "reply", ReplyForm.blank());
		addIfAbsent(model, "errors", Map.of());
		addIfAbsent(model, "reopen", ReopenForm.blank());
		addIfAbsent(model, "reopenErrors", Map.of());
		addIfAbsent(model, "changeErrors", Map.of());
		model.addAttribute("summarySlots", slotsFor(TicketPageSlot.Place.SUMMARY, caller));
		model.addAttribute("sidebarSlots", slotsFor(TicketPageSlot.Place.SIDEBAR, caller));
		if (caller.isStaff()) {
			model.addAttribute("timeline", queries.timeline(ticketId, caller));
			addIfAbsent(model, "change", ChangeForm.of(ticket));
			model.addAttribute("statuses", statusChoices(ticket));
			model.addAttribute("impacts", PlainWords.DESK_IMPACT);
			model.addAttribute("urgencies", PlainWords.DESK_URGENCY);
			model.addAttribute("categories", categories.all());
			model.addAttribute("teams", directory.allTeams());
			model.addAttribute("assignees", assignees.forTeam(ticket.team(), caller));
			model.addAttribute("canTakeIt", canTakeIt(ticket, caller));
		}
		else {
			model.addAttribute("messages", queries.messages(ticketId, caller));
			model.addAttribute("nextStep", NextStep.of(ticket));
		}
		model.addAttribute("followUps",
				ticket.status() == Status.CLOSED ? queries.followUps(ticketId, caller) : List.of());
		return VIEW;
	}

	/**
	 * "Assign to me" is offered to a member of the ticket's team, and for a ticket in no
	 * team to any agent (the same rule the assignment itself checks), while it is open
	 * and not theirs already.
	 */
	private boolean canTakeIt(TicketView ticket, Caller caller) {
		boolean mine = ticket.assignee() != null && ticket.assignee().id() == caller.id();
		boolean member = ticket.team() == null || directory.teamIdsOf(caller.id()).contains(ticket.team().id());
		return ticket.status().isOpen() && !mine && member;
	}

	/** The other modules' parts of the page in that place that this caller may see. */
	private List<TicketPageSlot> slotsFor(TicketPageSlot.Place place, Caller caller) {
		return slots.stream().filter(s -> s.place() == place && s.shownTo(caller)).toList();
	}

	private static List<Status> statusChoices(TicketView ticket) {
		var choices = new java.util.ArrayList<Status>();
		choices.add(ticket.status());
		ticket.nextStatuses().stream().filter(s -> s != ticket.status()).forEach(choices::add);
		return choices;
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
