package io.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.client.ApiClient;
import io.tierdesk.client.ApiException;
import io.tierdesk.client.api.TicketsApi;
import io.tierdesk.client.api.UsersApi;
import io.tierdesk.client.model.MessageView;
import io.tierdesk.client.model.NewTicket;
import io.tierdesk.client.model.NewToken;
import io.tierdesk.client.model.NewUser;
import io.tierdesk.client.model.PageOfTicketView;
import io.tierdesk.client.model.Role;
import io.tierdesk.client.model.Status;
import io.tierdesk.client.model.TicketChange;
import io.tierdesk.client.model.TicketView;
import io.tierdesk.client.model.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from {@code src/test/resources/openapi/tierdesk.json} (kept
 * equal to the served document by {@link OpenApiDocumentTests}) works against the running
 * application: what a client team would get from the spec.
 */
class GeneratedClientIntegrationTests extends ApiTestSupport {

	private TicketsApi requester;

	private TicketsApi agent;

	@BeforeEach
	void usersMadeThroughTheClientAsAdmin() throws ApiException {
		requester = new TicketsApi(clientWith(tokenOfNew(Role.REQUESTER)));
		agent = new TicketsApi(clientWith(tokenOfNew(Role.AGENT)));
	}

	@Test
	void requesterOpensReadsAndListsATicket() throws ApiException {
		TicketView opened = requester.openTicket(new NewTicket().subject("Client: VPN down").description("since 9"),
				null);

		TicketView read = requester.getTicket(opened.getId());
		PageOfTicketView page = requester.listTickets(null, null, null, null, null, null, null, null, null, 0, 10,
				"createdAt,desc");

		assertThat(read.getSubject()).isEqualTo("Client: VPN down");
		assertThat(read.getStatus()).isEqualTo(Status.NEW);
		assertThat(page.getTotal()).isEqualTo(1);
		assertThat(page.getItems()).extracting(TicketView::getId).containsExactly(opened.getId());
	}

	@Test
	void agentRepliesAndChangesStatusWithTheVersion() throws ApiException {
		long id = requester.openTicket(new NewTicket().subject("Client: printer jam"), null).getId();

		MessageView reply = agent.addMessage(id, List.of(), "Looking into it", Visibility.PUBLIC);
		TicketView current = agent.getTicket(id);
		TicketView changed = agent.changeTicket(id,
				new TicketChange().version(current.getVersion()).status(Status.PENDING), null);

		assertThat(reply.getBody()).isEqualTo("Looking into it");
		assertThat(changed.getStatus()).isEqualTo(Status.PENDING);
		assertThat(changed.getVersion()).isGreaterThan(current.getVersion());
	}

	@Test
	void staleVersionIsAnApiExceptionWith409() throws ApiException {
		TicketView opened = requester.openTicket(new NewTicket().subject("Client: monitor"), null);
		agent.changeTicket(opened.getId(), new TicketChange().version(opened.getVersion()).status(Status.OPEN), null);

		assertThatThrownBy(() -> agent.changeTicket(opened.getId(),
				new TicketChange().version(opened.getVersion()).status(Status.PENDING), null))
			.isInstanceOfSatisfying(ApiException.class, ex -> {
				assertThat(ex.getCode()).isEqualTo(409);
				assertThat(ex.getResponseHeaders().firstValue("Content-Type"))
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			});
	}

	private String tokenOfNew(Role role) throws ApiException {
		UsersApi users = new UsersApi(clientWith(ADMIN_TOKEN));
		long id = users
			.createUser(new NewUser().email("client-" + UUID.randomUUID() + "@example.org")
				.name("Client " + io.tierdesk.platform.Words.of(role.getValue()))
				.role(role))
			.getId();
		return users.mintToken(id, new NewToken().name("generated client")).getToken();
	}

	private ApiClient clientWith(String token) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		return client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
	}

}
