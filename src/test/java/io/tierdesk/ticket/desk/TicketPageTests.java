package io.tierdesk.ticket.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tierdesk.DatabaseProfiles;
import io.tierdesk.identity.ApiTokens;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignIns;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.identity.Users;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.Problem;
import io.tierdesk.platform.TierdeskProperties;
import io.tierdesk.platform.web.ProfileTimeZone;
import io.tierdesk.platform.web.Times;
import io.tierdesk.ticket.Categories;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.LastLooks;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketPageSlot;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.attachment.FileLimit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ticket page alone: {@link TicketPage} and its {@link TicketPageModel} render the
 * real Thymeleaf template with the ticket module's queries mocked, plus two
 * {@link TicketPageSlot} beans standing for other modules' parts of the page (what SLA or
 * routing will declare). No database, no other controller.
 * <p>
 * Security is the application's own ({@code @WebMvcTest} picks up identity's
 * {@code SecurityConfiguration}, a {@code WebMvcConfigurer}): the browser filter chain
 * with its access rules, CSRF and the {@code Caller} argument resolver. A signed-in
 * person is put in the request with spring-security-test's {@code authentication(...)},
 * whose principal is the {@link Caller} itself, as the API-token filter sets it; the
 * resolver and the layout's {@code me} read a caller from such a principal just as from a
 * session's. (The session's own principal type and sign-in form are identity's internals
 * and are covered by the sign-in tests; faking them here would tie a ticket test to
 * them.)
 */
@Tag(DatabaseProfiles.NO_DATABASE)
@WebMvcTest(TicketPage.class)
@Import({ TicketPageModel.class, AssigneeChoices.class, TicketPageTests.OtherModulesParts.class })
class TicketPageTests {

	private static final Caller AGENT = new Caller(7, "alex@example.org", "Alex Agent", Role.AGENT, null, false);

	private static final Caller REQUESTER = new Caller(8, "rita@example.org", "Rita Requester", Role.REQUESTER, null,
			false);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TicketQueries queries;

	@MockitoBean
	Categories categories;

	@MockitoBean
	LastLooks lastLooks;

	@MockitoBean
	Directory directory;

	@MockitoBean
	Users users;

	@MockitoBean
	ApiTokens tokens;

	@MockitoBean
	SignIns signIns;

	@MockitoBean
	SignInBanners banners;

	/**
	 * The file field's limit, which the reply form prints (the ticket module's
	 * attachments).
	 */
	@MockitoBean
	FileLimit fileLimit;

	@BeforeEach
	void givenTicket42OfTheRequester() {
		given(queries.get(42, AGENT)).willReturn(ticket(42));
		given(queries.get(42, REQUESTER)).willReturn(ticket(42));
		given(users.search(isNull(), anyBoolean(), anyInt(), anyInt(), any(Caller.class)))
			.willReturn(new PageOf<>(List.of(), 0, 200, 0));
	}

	@Test
	void showsEachOtherModulesPartAsALabelledSectionThatHtmxLoads() throws Exception {
		String html = page(42, AGENT);

		assertThat(section(html, "Service level")).contains("hx-get=\"/sla/tickets/42/clock\"")
			.contains("hx-trigger=\"load\"");
		assertThat(section(html, "Mail thread")).contains("hx-get=\"/mail/tickets/42/thread\"");
		assertThat(section(html, "Why this team")).contains("hx-get=\"/routing/tickets/42/why\"");
		assertThat(html.indexOf("aria-label=\"Service level\""))
			.as("the summary part comes before the timeline, the sidebar part after it")
			.isLessThan(html.indexOf("id=\"conversation-heading\""));
		assertThat(html.indexOf("aria-label=\"Why this team\""))
			.isGreaterThan(html.indexOf("id=\"conversation-heading\""));
	}

	@Test
	void leavesOutThePartsNotMeantForARequester() throws Exception {
		String html = page(42, REQUESTER);

		assertThat(section(html, "Service level")).contains("hx-get=\"/sla/tickets/42/clock\"");
		assertThat(html).doesNotContain("Mail thread").doesNotContain("/mail/tickets/42/thread");
	}

	@Test
	void answersATicketTheCallerMayNotSeeWithTheNotFoundPage() throws Exception {
		given(queries.get(43, AGENT)).willThrow(new Problem.NotFound("Ticket TD-43"));

		mvc.perform(get("/tickets/43").with(signedIn(AGENT)))
			.andExpect(status().isNotFound())
			.andExpect(view().name("page-error"));
	}

	@Test
	void sendsSomeoneWhoIsNotSignedInToTheSignInPage() throws Exception {
		mvc.perform(get("/tickets/42")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
	}

	private String page(long id, Caller caller) throws Exception {
		return mvc.perform(get("/tickets/" + id).with(signedIn(caller)))
			.andExpect(status().isOk())
			.andExpect(view().name(TicketPageModel.VIEW))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The opening tag of the page's section with that accessible name. */
	private static String section(String html, String label) {
		Matcher tag = Pattern.compile("<section[^>]*aria-label=\"" + Pattern.quote(label) + "\"[^>]*>").matcher(html);
		assertThat(tag.find()).as("a section labelled %s in%n%s", label, html).isTrue();
		return tag.group();
	}

	private static RequestPostProcessor signedIn(Caller caller) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()))));
	}

	private static TicketView ticket(long id) {
		Instant at = Instant.parse("2026-11-24T09:00:00Z");
		return new TicketView(id, "TD-" + id, "Printer jammed", "It jams on every page.", TicketType.INCIDENT,
				Status.NEW, Level.MEDIUM, Level.MEDIUM, Priority.P3, "Priority P3: impact Medium × urgency Medium",
				null, Channel.PORTAL, new UserSummary(REQUESTER.id(), REQUESTER.email(), REQUESTER.name()), null, null,
				at, at, null, null, null, null, null, List.of(Status.OPEN, Status.PENDING), 0);
	}

	/**
	 * What other modules declare: under the ticket's facts, a clock the requester may see
	 * too and a mail thread for staff; in the side column, routing's explanation.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OtherModulesParts {

		/**
		 * The platform's time renderer the template calls, in the desk's default zone.
		 */
		@Bean
		Times times(ObjectProvider<ProfileTimeZone> profiles) {
			return new Times(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC),
					new TierdeskProperties(Path.of("data"), false, ZoneOffset.UTC), profiles);
		}

		@Bean
		TicketPageSlot serviceLevel() {
			return new Slot(TicketPageSlot.Place.SUMMARY, "Service level", "/sla/tickets/%d/clock", true);
		}

		@Bean
		TicketPageSlot mailThread() {
			return new Slot(TicketPageSlot.Place.SUMMARY, "Mail thread", "/mail/tickets/%d/thread", false);
		}

		@Bean
		TicketPageSlot whyThisTeam() {
			return new Slot(TicketPageSlot.Place.SIDEBAR, "Why this team", "/routing/tickets/%d/why", false);
		}

	}

	private record Slot(TicketPageSlot.Place place, String title, String path,
			boolean forRequesters) implements TicketPageSlot {

		@Override
		public String fragmentPath(long ticketId) {
			return path.formatted(ticketId);
		}

		@Override
		public boolean shownTo(Caller caller) {
			return forRequesters || caller.isStaff();
		}

	}

}
