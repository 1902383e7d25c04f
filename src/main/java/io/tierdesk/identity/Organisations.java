package io.tierdesk.identity;

import java.time.Clock;
import java.util.List;

import io.tierdesk.identity.IdentityEvents.OrganisationSaved;
import io.tierdesk.identity.domain.Organisation;
import io.tierdesk.identity.domain.OrganisationRepository;
import io.tierdesk.platform.Problem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer organisations: their name, their email domain (where the email channel will
 * place a new requester) and whether their requesters see each other's tickets.
 */
@Service
@Transactional
public class Organisations {

	public static final int NAME_MAX = 200;

	/** The longest DNS name. */
	public static final int DOMAIN_MAX = 253;

	/**
	 * A DNS name of at least two labels (example.org), an optional leading "@" as people
	 * copy it from an address; empty for none.
	 */
	public static final String DOMAIN_PATTERN = "^$|^@?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$";

	static final String DOMAIN_MESSAGE = "must be a domain such as example.org";

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Organisations(OrganisationRepository organisations, ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/** What the create and the change API take, and the admin page's form. */
	public record NewOrganisation(@NotBlank @Size(max = NAME_MAX) String name,
			@Nullable @Size(max = DOMAIN_MAX) @Pattern(regexp = DOMAIN_PATTERN, message = DOMAIN_MESSAGE) String domain,
			boolean sharesTickets) {
	}

	public record OrganisationView(long id, String name, @Nullable String domain, boolean sharesTickets) {
	}

	public OrganisationView create(NewOrganisation command, Caller by) {
		Users.requireAdmin(by);
		refuseTaken(command, null);
		Organisation saved = organisations
			.save(new Organisation(command.name(), command.domain(), command.sharesTickets(), clock.instant()));
		events.publishEvent(
				new OrganisationSaved(saved.id(), saved.name(), describe(saved), true, by.id(), clock.instant()));
		return view(saved);
	}

	/**
	 * Replaces name, domain and sharing; a requester's access follows at their next
	 * request.
	 */
	public OrganisationView change(long id, NewOrganisation command, Caller by) {
		Users.requireAdmin(by);
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> new Problem.NotFound("Organisation " + id));
		refuseTaken(command, id);
		organisation.change(command.name(), command.domain(), command.sharesTickets());
		organisations.flush();
		events.publishEvent(new OrganisationSaved(id, organisation.name(), describe(organisation), false, by.id(),
				clock.instant()));
		return view(organisation);
	}

	/** Staff only: a requester never learns which other organisations the desk serves. */
	@Transactional(readOnly = true)
	public List<OrganisationView> all(Caller by) {
		Users.requireStaff(by);
		return organisations.findAll(Sort.by("name")).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public OrganisationView get(long id, Caller by) {
		Users.requireAdmin(by);
		return organisations.findById(id).map(this::view).orElseThrow(() -> new Problem.NotFound("Organisation " + id));
	}

	private void refuseTaken(NewOrganisation command, @Nullable Long self) {
		organisations.findByNameIgnoreCase(command.name().strip())
			.filter(other -> self == null || other.id() != self)
			.ifPresent(other -> {
				throw new Problem.Conflict("Name in use", "An organisation named " + other.name() + " already exists.");
			});
		String domain = Organisation.normaliseDomain(command.domain());
		if (domain != null) {
			organisations.findByDomain(domain).filter(other -> self == null || other.id() != self).ifPresent(other -> {
				throw new Problem.Conflict("Domain in use", domain + " is already the domain of " + other.name() + ".");
			});
		}
	}

	private static String describe(Organisation o) {
		return "domain " + (o.domain() == null ? "none" : o.domain()) + ", "
				+ (o.sharesTickets() ? "shares tickets" : "does not share tickets");
	}

	private OrganisationView view(Organisation o) {
		return new OrganisationView(o.id(), o.name(), o.domain(), o.sharesTickets());
	}

}
