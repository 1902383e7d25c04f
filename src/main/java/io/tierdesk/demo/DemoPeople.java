package io.tierdesk.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Organisations;
import io.tierdesk.identity.Organisations.NewOrganisation;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.Teams;
import io.tierdesk.identity.Teams.NewTeam;
import io.tierdesk.identity.Teams.TeamView;
import io.tierdesk.identity.TeamModel;
import io.tierdesk.identity.Users;
import io.tierdesk.identity.UserViews.NewUser;
import org.jspecify.annotations.Nullable;

/**
 * The people of the demo desk: two customer organisations, five teams, their agents and
 * the requesters.
 */
final class DemoPeople {

	/** Every demo account that can sign in uses this password (README says so). */
	static final String PASSWORD = "demo-password-2026";

	private static final String[] REQUESTERS = { "Rita Requester", "Omar Haddad", "Lena Fischer", "Kwame Mensah",
			"Sofia Rossi", "Hiro Tanaka", "Priya Nair", "Jonas Berg", "Amara Okafor", "Lucas Martin", "Mei Chen",
			"Diego Alvarez", "Nora Lindqvist", "Tomasz Nowak", "Aisha Rahman", "Ben Carter", "Chloé Dubois",
			"Ivan Petrov", "Grace Kim", "Felix Wagner" };

	final List<Caller> requesters = new ArrayList<>();

	final List<Caller> tier1 = new ArrayList<>();

	final List<Caller> tier2 = new ArrayList<>();

	final List<Caller> tier3 = new ArrayList<>();

	/** Members of the major incident swarm, who own the tickets routed there. */
	final List<Caller> swarm = new ArrayList<>();

	final List<TeamView> teams = new ArrayList<>();

	private final Users users;

	private final Directory directory;

	private final Caller admin;

	DemoPeople(Users users, Teams teamService, Organisations organisations, Directory directory, Caller admin) {
		this.users = users;
		this.directory = directory;
		this.admin = admin;
		long northwind = organisations
			.create(new NewOrganisation("Northwind Traders", "northwind.example", true), admin)
			.id();
		long contoso = organisations.create(new NewOrganisation("Contoso Ltd", "contoso.example", false), admin).id();
		TeamView serviceDesk = teamService.create(new NewTeam("Service Desk", TeamModel.TIERED, 1), admin);
		TeamView infrastructure = teamService.create(new NewTeam("Infrastructure", TeamModel.TIERED, 2), admin);
		TeamView experts = teamService.create(new NewTeam("Platform Experts", TeamModel.TIERED, 3), admin);
		TeamView vendor = teamService.create(new NewTeam("Vendor: Acme Hosting", TeamModel.TIERED, 4), admin);
		TeamView swarmTeam = teamService.create(new NewTeam("Major Incident Swarm", TeamModel.SWARM, null), admin);
		teams.addAll(List.of(serviceDesk, infrastructure, experts, vendor, swarmTeam));
		Caller alex = staff("Alex Agent", Role.AGENT, serviceDesk, swarmTeam);
		tier1.addAll(List.of(alex, staff("Sam Okoro", Role.AGENT, serviceDesk),
				staff("Julia Novak", Role.AGENT, serviceDesk)));
		Caller marco = staff("Marco Bianchi", Role.AGENT, infrastructure, swarmTeam);
		tier2.addAll(List.of(marco, staff("Ines Duarte", Role.AGENT, infrastructure)));
		Caller erik = staff("Dr. Erik Holm", Role.AGENT, experts, swarmTeam);
		tier3.add(erik);
		swarm.addAll(List.of(alex, marco, erik));
		staff("Acme Support", Role.AGENT, vendor);
		staff("Maya Manager", Role.MANAGER, swarmTeam);
		staff("Sven Security", Role.SECURITY_ANALYST);
		for (int i = 0; i < REQUESTERS.length; i++) {
			Long organisation = i % 3 == 0 ? Long.valueOf(northwind) : i % 3 == 1 ? Long.valueOf(contoso) : null;
			requesters.add(user(REQUESTERS[i], Role.REQUESTER, organisation, i < 3 ? PASSWORD : null, List.of()));
		}
	}

	private Caller staff(String name, Role role, TeamView... memberOf) {
		return user(name, role, null, PASSWORD, java.util.Arrays.stream(memberOf).map(TeamView::id).toList());
	}

	private Caller user(String name, Role role, @Nullable Long organisation, @Nullable String password,
			List<Long> teamIds) {
		String email = emailOf(name);
		long id = users.create(new NewUser(email, name, role, teamIds, password, organisation), admin).id();
		return directory.caller(id).orElseThrow();
	}

	static String emailOf(String name) {
		String local = name.toLowerCase(Locale.ROOT).replace("dr. ", "").replace('é', 'e').replaceAll("[^a-z]+", ".");
		return local + "@example.org";
	}

	TeamView team(int tier) {
		return teams.get(tier - 1);
	}

	List<Caller> agentsOfTier(int tier) {
		return switch (tier) {
			case 1 -> tier1;
			case 2 -> tier2;
			default -> tier3;
		};
	}

}
