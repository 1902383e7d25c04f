package io.tierdesk.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.ApiClient;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.Test;

class AdminBrowserTests extends BrowserTestSupport {

	@Test
	void adminCreatesAnAgentMintsATokenShownOnceAndRevokesIt() {
		String email = "new-agent-" + java.util.UUID.randomUUID() + "@example.org";
		signInAsAdmin(page);
		page.navigate("/admin/users");
		assertAccessible(page);
		page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Nora New");
		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("AGENT");
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nora New"))).isVisible();

		page.getByLabel("Token name").fill("ci");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mint token")).click();
		String secret = page.locator("#minted-token").textContent().strip();
		assertAccessible(page);
		assertThat(new ApiClient(port, secret).get("/api/v1/me").status()).isEqualTo(200);

		page.reload();
		assertThat(page.locator("#minted-token")).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke token ci")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token revoked");
		assertThat(new ApiClient(port, secret).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void adminChangesARoleAndDeactivatesAUser() {
		Person agent = newPerson("AGENT", unique("Dora Departing"));
		signInAsAdmin(page);
		page.navigate("/admin/users/" + agent.id());

		page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("MANAGER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change role")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Role changed to Manager.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("deactivated");
		Page theirs = newPage();
		signIn(theirs, agent.email(), PASSWORD);
		assertThat(theirs.getByRole(AriaRole.ALERT)).containsText("Email or password is wrong");
	}

	@Test
	void adminBuildsATeamWithAMemberAndACategory() {
		Person agent = newPerson("AGENT", unique("Tess Teammate"));
		String team = unique("Network");
		signInAsAdmin(page);
		page.navigate("/admin/teams");
		page.getByLabel("Name").fill(team);
		page.getByLabel("Tier (tiered teams)").selectOption("2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create team")).click();
		var card = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(team));
		assertThat(card).containsText("Tier 2");
		card.getByLabel("Add a member").selectOption(String.valueOf(agent.id()));
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
		assertThat(membersOf(team)).containsText(agent.name());
		assertAccessible(page);

		String category = unique("VPN");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Categories")).click();
		page.getByLabel("Name").fill(category);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create category")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(category);
		assertAccessible(page);
	}

	@Test
	void teamsPageNamesEachMemberWithTheirEmailNotTheirId() {
		Person bea = newPerson("AGENT", unique("Bea Bridge"));
		Person abe = newPerson("MANAGER", unique("Abe Archer"));
		String team = unique("Storage");
		long teamId = admin().post("/api/v1/teams", Map.of("name", team, "model", "TIERED", "tier", 2))
			.json()
			.get("id")
			.asLong();
		admin().put("/api/v1/teams/" + teamId + "/members/" + bea.id(), Map.of());
		admin().put("/api/v1/teams/" + teamId + "/members/" + abe.id(), Map.of());
		signInAsAdmin(page);

		page.navigate("/admin/teams");

		var members = membersOf(team).getByRole(AriaRole.LISTITEM);
		assertThat(members).containsText(new String[] { abe.name(), bea.name() });
		assertThat(members).containsText(new String[] { abe.email(), bea.email() });
		assertThat(membersOf(team).getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Remove " + bea.name() + " from " + team)))
			.isVisible();
	}

	@Test
	void userPagesShowRolesInWordsNotCodes() {
		Person analyst = newPerson("SECURITY_ANALYST", unique("Sid Sentinel"));
		signInAsAdmin(page);

		page.navigate("/admin/users?q=" + analyst.email());
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(analyst.name())))
			.containsText("Security analyst");
		assertThat(page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).locator("option"))
			.hasText(new String[] { "Requester", "Agent", "Manager", "Security analyst", "Admin" });

		page.navigate("/admin/users/" + analyst.id());
		assertThat(page.locator(".facts")).containsText("Security analyst");
		assertThat(page.locator("main")).not().containsText("SECURITY_ANALYST");
	}

	@Test
	void requesterCannotOpenAdminPages() {
		Person requester = newPerson("REQUESTER", "Nosy Requester");
		signIn(page, requester.email(), PASSWORD);

		var response = page.navigate("/admin/users");

		assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not allowed");
		assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
	}

	private Locator membersOf(String team) {
		return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Members of " + team));
	}

}
