package io.tierdesk.identity;

import java.time.Clock;
import java.util.List;

import io.tierdesk.identity.domain.Organisation;
import io.tierdesk.identity.domain.OrganisationRepository;
import io.tierdesk.platform.Problem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer organisations; whether their requesters see each other's tickets. */
@Service
@Transactional
public class Organisations {

	private final OrganisationRepository organisations;

	private final Clock clock;

	Organisations(OrganisationRepository organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
	}

	public record NewOrganisation(@NotBlank @Size(max = 200) String name, boolean sharesTickets) {
	}

	public record OrganisationView(long id, String name, boolean sharesTickets) {
	}

	public OrganisationView create(NewOrganisation command, Caller by) {
		Users.requireAdmin(by);
		if (organisations.findByNameIgnoreCase(command.name().strip()).isPresent()) {
			throw new Problem.Conflict("Name in use", "An organisation named " + command.name() + " already exists.");
		}
		return view(organisations.save(new Organisation(command.name(), command.sharesTickets(), clock.instant())));
	}

	/** Staff only: a requester never learns which other organisations the desk serves. */
	@Transactional(readOnly = true)
	public List<OrganisationView> all(Caller by) {
		Users.requireStaff(by);
		return organisations.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(this::view).toList();
	}

	private OrganisationView view(Organisation o) {
		return new OrganisationView(o.id(), o.name(), o.sharesTickets());
	}

}
