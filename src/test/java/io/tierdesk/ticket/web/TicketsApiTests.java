package io.tierdesk.ticket.web;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tierdesk.DatabaseProfiles;
import io.tierdesk.identity.ApiTokens;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Directory;
import io.tierdesk.identity.Role;
import io.tierdesk.identity.SignInBanners;
import io.tierdesk.identity.SignIns;
import io.tierdesk.identity.UserSummary;
import io.tierdesk.platform.Problem;
import io.tierdesk.ticket.Channel;
import io.tierdesk.ticket.Level;
import io.tierdesk.ticket.Priority;
import io.tierdesk.ticket.Status;
import io.tierdesk.ticket.TicketQueries;
import io.tierdesk.ticket.TicketType;
import io.tierdesk.ticket.TicketViews.Created;
import io.tierdesk.ticket.TicketViews.NewTicket;
import io.tierdesk.ticket.TicketViews.TicketChange;
import io.tierdesk.ticket.TicketViews.TicketView;
import io.tierdesk.ticket.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The tickets REST API alone: request mapping, JSON in and out, validation and the
 * problem+json answers of {@code ProblemHandling}, with the ticket module's services
 * mocked. No database and no other controller start.
 * <p>
 * Security is the application's own: {@code @WebMvcTest} picks up identity's
 * {@code SecurityConfiguration} (it is a {@code WebMvcConfigurer}), so the API filter
 * chain, the bearer-token filter, the problem entry point and the {@code Caller} argument
 * resolver are the real ones. The only stand-in is {@link ApiTokens}: a mock that knows
 * one token and answers its caller, so a request carries {@code Authorization: Bearer}
 * exactly as a client does. The other identity services the security configuration takes
 * are mocks that are never asked here.
 */
@Tag(DatabaseProfiles.NO_DATABASE)
@WebMvcTest(TicketsApi.class)
class TicketsApiTests {

	private static final String TOKEN = "td_slice_token";

	private static final Caller AGENT = new Caller(7, "alex@example.org", "Alex Agent", Role.AGENT, null, false);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Tickets tickets;

	/** The file fields' limit, which the ticket module's pages print. */
	@MockitoBean
	io.tierdesk.ticket.attachment.FileLimit fileLimit;

	@MockitoBean
	TicketQueries queries;

	@MockitoBean
	Directory directory;

	@MockitoBean
	ApiTokens tokens;

	@MockitoBean
	SignIns signIns;

	@MockitoBean
	SignInBanners banners;

	@BeforeEach
	void givenATokenOfAnAgent() {
		given(tokens.authenticate(TOKEN)).willReturn(Optional.of(AGENT));
	}

	@Test
	void answersTheOpenedTicketWith201ItsLocationAndVersion() throws Exception {
		given(tickets.open(any(NewTicket.class), eq(AGENT), eq("key-1"))).willReturn(new Created(ticket(41), false));

		mvc.perform(asAgent(post("/api/v1/tickets")).contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "key-1")
			.content("{\"subject\":\"Printer jammed\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/tickets/41"))
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andExpect(jsonPath("$.number").value("TD-41"))
			.andExpect(jsonPath("$.status").value("NEW"));
	}

	@Test
	void answersARefusedChangeAsProblemJsonWithTheServicesReason() throws Exception {
		given(tickets.change(eq(41L), any(TicketChange.class), eq(AGENT)))
			.willThrow(new Problem.Forbidden("Only agents can change a ticket's fields."));

		mvc.perform(asAgent(patch("/api/v1/tickets/41")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"status\":\"OPEN\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.title").value("Forbidden"))
			.andExpect(jsonPath("$.detail").value("Only agents can change a ticket's fields."));
	}

	@Test
	void answersATicketTheCallerMayNotSeeAs404ProblemJson() throws Exception {
		given(queries.get(41, AGENT)).willThrow(new Problem.NotFound("Ticket TD-41"));

		mvc.perform(asAgent(get("/api/v1/tickets/41")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail", startsWith("Ticket TD-41")));
	}

	@Test
	void refusesMalformedJsonWith400BeforeAnyServiceIsCalled() throws Exception {
		mvc.perform(asAgent(post("/api/v1/tickets")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"Printer"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Unreadable request body"));

		verifyNoInteractions(tickets);
	}

	@Test
	void refusesABlankSubjectWith400NamingTheField() throws Exception {
		mvc.perform(
				asAgent(post("/api/v1/tickets")).contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("subject"));

		verifyNoInteractions(tickets);
	}

	@Test
	void answersARequestWithoutATokenWith401ProblemJson() throws Exception {
		mvc.perform(get("/api/v1/tickets/41"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));

		verifyNoInteractions(queries);
	}

	private static MockHttpServletRequestBuilder asAgent(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN);
	}

	private static TicketView ticket(long id) {
		Instant at = Instant.parse("2026-11-24T09:00:00Z");
		return new TicketView(id, "TD-" + id, "Printer jammed", "", TicketType.INCIDENT, Status.NEW, Level.MEDIUM,
				Level.MEDIUM, Priority.P3, "Priority P3: impact Medium × urgency Medium", null, Channel.API,
				new UserSummary(AGENT.id(), AGENT.email(), AGENT.name()), null, null, at, at, null, null, null, null,
				null, List.of(Status.OPEN), 0);
	}

}
