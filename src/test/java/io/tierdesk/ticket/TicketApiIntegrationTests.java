package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.tierdesk.ApiClient.FilePart;
import io.tierdesk.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class TicketApiIntegrationTests extends ApiTestSupport {

	@Test
	void requesterOpensTicketWithPriorityFromTheMatrixExplainedOnTheTimeline() {
		User requester = newRequester();

		var response = requester.api()
			.post("/api/v1/tickets",
					Map.of("subject", "VPN drops", "description", "Every hour", "impact", "HIGH", "urgency", "MEDIUM"));

		assertThat(response.status()).isEqualTo(201);
		var ticket = response.json();
		assertThat(response.header("Location")).isEqualTo("/api/v1/tickets/" + ticket.get("id").asLong());
		assertThat(ticket.get("number").asString()).isEqualTo("TD-" + ticket.get("id").asLong());
		assertThat(ticket.get("priority").asString()).isEqualTo("P2");
		assertThat(ticket.get("status").asString()).isEqualTo("NEW");
		assertThat(ticket.get("requester").get("email").asString()).isEqualTo(requester.email());
		var timeline = requester.api().get("/api/v1/tickets/" + ticket.get("id").asLong() + "/timeline").json();
		assertThat(timeline.findValuesAsString("text")).contains("Priority P2: impact High × urgency Medium");
	}

	@Test
	void agentReplyIsTheFirstResponseAndOpensTheTicket() {
		User requester = newRequester();
		User agent = newAgent();
		long id = openTicket(requester, "Laptop fan loud").get("id").asLong();

		var reply = agent.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "On my way", "visibility", "PUBLIC"));

		assertThat(reply.status()).as("%s", reply).isEqualTo(201);
		var ticket = requester.api().get("/api/v1/tickets/" + id).json();
		assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
		assertThat(ticket.get("firstRespondedAt").asString()).isEqualTo(clock.instant().toString());
	}

	@Test
	void requesterNeverSeesInternalNotesInTimelineOrMessages() {
		User requester = newRequester();
		User agent = newAgent();
		long id = openTicket(requester, "Shared drive gone").get("id").asLong();
		agent.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Public answer", "visibility", "PUBLIC"));
		agent.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Secret note", "visibility", "INTERNAL"));

		String timeline = requester.api().get("/api/v1/tickets/" + id + "/timeline").text();
		String messages = requester.api().get("/api/v1/tickets/" + id + "/messages").text();

		assertThat(timeline).contains("Public answer").doesNotContain("Secret note").doesNotContain("INTERNAL");
		assertThat(messages).contains("Public answer").doesNotContain("Secret note");
		assertThat(agent.api().get("/api/v1/tickets/" + id + "/timeline").text()).contains("Secret note");
	}

	@Test
	void requesterCannotWriteInternalNotes() {
		User requester = newRequester();
		long id = openTicket(requester, "Mail slow").get("id").asLong();

		var response = requester.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "psst", "visibility", "INTERNAL"));

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void anotherRequestersTicketAnswers404() {
		long id = openTicket(newRequester(), "Mine").get("id").asLong();

		var response = newRequester().api().get("/api/v1/tickets/" + id);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void requesterListsOnlyTheirOwnTickets() {
		User requester = newRequester();
		openTicket(requester, "One");
		openTicket(requester, "Two");
		openTicket(newRequester(), "Someone else's");

		var page = requester.api().get("/api/v1/tickets?sort=createdAt,asc").json();

		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.findValuesAsString("subject")).containsExactly("One", "Two");
	}

	@Test
	void staleVersionIs409AndChangesNothing() {
		User agent = newAgent();
		long id = openTicket(newRequester(), "Printer").get("id").asLong();
		agent.api().patch("/api/v1/tickets/" + id, Map.of("version", 0, "impact", "HIGH"));

		var stale = agent.api().patch("/api/v1/tickets/" + id, Map.of("version", 0, "urgency", "HIGH"));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
		assertThat(agent.api().get("/api/v1/tickets/" + id).json().get("urgency").asString()).isEqualTo("MEDIUM");
	}

	@Test
	void ifMatchCarriesTheVersion() {
		User agent = newAgent();
		long id = openTicket(newRequester(), "Monitor flickers").get("id").asLong();

		var changed = agent.api().patch("/api/v1/tickets/" + id, Map.of("status", "OPEN"), "If-Match", "\"0\"");

		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		assertThat(changed.header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void illegalTransitionIs409WithTheAllowedMoves() {
		User agent = newAgent();
		long id = openTicket(newRequester(), "Keyboard").get("id").asLong();

		var response = agent.api().patch("/api/v1/tickets/" + id, Map.of("version", 0, "status", "CLOSED"));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains("New to Closed").contains("Resolved");
	}

	@Test
	void requesterReplyToPendingTicketReopensItForTheDesk() {
		User requester = newRequester();
		User agent = newAgent();
		long id = openTicket(requester, "Need licence").get("id").asLong();
		agent.api().patch("/api/v1/tickets/" + id, Map.of("version", 0, "status", "PENDING"));

		requester.api()
			.post("/api/v1/tickets/" + id + "/messages", Map.of("body", "Here it is", "visibility", "PUBLIC"));

		assertThat(agent.api().get("/api/v1/tickets/" + id).json().get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void requesterReopensAResolvedTicket() {
		User requester = newRequester();
		User agent = newAgent();
		long id = openTicket(requester, "Wifi").get("id").asLong();
		agent.api().patch("/api/v1/tickets/" + id, Map.of("version", 0, "status", "RESOLVED"));

		var reopened = requester.api().post("/api/v1/tickets/" + id + "/reopen", Map.of("reason", "Still broken"));

		assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
		assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(reopened.json().get("resolvedAt").isNull()).isTrue();
	}

	@Test
	void sameIdempotencyKeyCreatesOneTicket() {
		User requester = newRequester();
		var body = Map.of("subject", "Duplicate submit", "description", "double click");

		var first = requester.api().post("/api/v1/tickets", body, "Idempotency-Key", "abc-1");
		var second = requester.api().post("/api/v1/tickets", body, "Idempotency-Key", "abc-1");

		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(requester.api().get("/api/v1/tickets").json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aReplayedCreateSaysSo() {
		User requester = newRequester();
		var body = Map.of("subject", "Replay me");

		requester.api().post("/api/v1/tickets", body, "Idempotency-Key", "replay-1");
		var second = requester.api().post("/api/v1/tickets", body, "Idempotency-Key", "replay-1");

		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void anEmptyIdempotencyKeyIsRefused() {
		User requester = newRequester();

		var response = requester.api().post("/api/v1/tickets", Map.of("subject", "Blank key"), "Idempotency-Key", " ");

		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.text()).contains("Idempotency-Key");
		assertThat(requester.api().get("/api/v1/tickets").json().get("total").asLong()).isZero();
	}

	@Test
	void theSameIdempotencyKeyWithAnotherRequestIsRefusedWith422() {
		User requester = newRequester();
		long first = requester.api()
			.post("/api/v1/tickets", Map.of("subject", "Printer"), "Idempotency-Key", "reused-1")
			.json()
			.get("id")
			.asLong();

		var response = requester.api()
			.post("/api/v1/tickets", Map.of("subject", "Scanner"), "Idempotency-Key", "reused-1");

		assertThat(response.status()).as("%s", response).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("reused-1").contains("TD-" + first);
		assertThat(requester.api().get("/api/v1/tickets").json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void agentLogsAPhoneCallForARequester() {
		User agent = newAgent();
		User requester = newRequester();

		var response = agent.api()
			.post("/api/v1/tickets", Map.of("subject", "Called: password reset", "requesterEmail", requester.email(),
					"channel", "PHONE"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("channel").asString()).isEqualTo("PHONE");
		assertThat(response.json().get("requester").get("id").asLong()).isEqualTo(requester.id());
		assertThat(requester.api().get("/api/v1/tickets").json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void attachmentIsServedAsDownloadOnlyToThoseWhoMaySeeIt() {
		User requester = newRequester();
		long id = openTicket(requester, "Error dialog").get("id").asLong();
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

		var message = requester.api()
			.multipart("/api/v1/tickets/" + id + "/messages",
					List.of(new String[] { "body", "see file" }, new String[] { "visibility", "PUBLIC" }),
					List.of(new FilePart("error.html", "text/plain", html)));

		assertThat(message.status()).as("%s", message).isEqualTo(201);
		var attachment = message.json().get("attachments").get(0);
		assertThat(attachment.get("contentType").asString()).isEqualTo("text/html");
		var download = requester.api().get("/api/v1/attachments/" + attachment.get("id").asLong());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(html);
		assertThat(download.header("Content-Disposition")).startsWith("attachment");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(newRequester().api().get("/api/v1/attachments/" + attachment.get("id").asLong()).status())
			.isEqualTo(404);
	}

	@Test
	void executableAttachmentIsRefusedWithTheReason() {
		User requester = newRequester();
		long id = openTicket(requester, "Here is the tool").get("id").asLong();
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';

		var response = requester.api()
			.multipart("/api/v1/tickets/" + id + "/messages",
					List.<String[]>of(new String[] { "visibility", "PUBLIC" }),
					List.of(new FilePart("setup.exe", "application/octet-stream", exe)));

		assertThat(response.status()).as("%s", response).isEqualTo(415);
		assertThat(response.json().get("detail").asString()).contains("setup.exe").contains("program");
		assertThat(requester.api().get("/api/v1/tickets/" + id + "/messages").json()).isEmpty();
	}

	@Test
	void filesOfAFailedCommandAreNotKept(@Value("${tierdesk.data-dir}") Path dataDir) throws Exception {
		User requester = newRequester();
		long id = openTicket(requester, "Closed soon").get("id").asLong();
		admin().patch("/api/v1/tickets/" + id, Map.of("version", 0, "status", "RESOLVED"));
		admin().patch("/api/v1/tickets/" + id, Map.of("version", 1, "status", "CLOSED"));
		Path attachments = dataDir.resolve("attachments");
		Files.createDirectories(attachments);
		long before = filesIn(attachments);

		var response = requester.api()
			.multipart("/api/v1/tickets/" + id + "/messages", List.<String[]>of(new String[] { "body", "one more" }),
					List.of(new FilePart("log.txt", "text/plain", "received, then refused".getBytes())));

		assertThat(response.status()).as("%s", response).isEqualTo(409);
		assertThat(filesIn(attachments)).as("files under " + attachments).isEqualTo(before);
	}

	private static long filesIn(Path folder) throws java.io.IOException {
		try (var files = Files.list(folder)) {
			return files.count();
		}
	}

	@Test
	void attachmentOverTheLimitIsRefusedWith413() {
		User requester = newRequester();
		long id = openTicket(requester, "Huge dump").get("id").asLong();
		byte[] tooBig = new byte[26 * 1024 * 1024];

		var response = requester.api()
			.multipart("/api/v1/tickets/" + id + "/messages", List.<String[]>of(new String[] { "body", "dump" }),
					List.of(new FilePart("core.dump", "application/octet-stream", tooBig)));

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(requester.api().get("/api/v1/tickets/" + id + "/messages").json()).isEmpty();
	}

	@Test
	void agentQueueIsSortedByPriorityThenAge() {
		User agent = newAgent();
		long team = admin()
			.post("/api/v1/teams", Map.of("name", "Queue " + System.nanoTime(), "model", "TIERED", "tier", 1))
			.json()
			.get("id")
			.asLong();
		for (String[] t : new String[][] { { "old low", "LOW" }, { "high", "HIGH" }, { "new low", "LOW" } }) {
			agent.api()
				.post("/api/v1/tickets", Map.of("subject", t[0], "impact", t[1], "urgency", t[1], "teamId", team));
			clock.advance(java.time.Duration.ofMinutes(1));
		}

		var queue = agent.api().get("/api/v1/tickets?team=" + team + "&open=true&sort=priority,asc");

		assertThat(queue.list("subject")).containsExactly("high", "old low", "new low");
		assertThat(queue.json().get("items").get(0).get("team").get("tier").asInt()).isEqualTo(1);
	}

	@Test
	void ticketNumberFindsTheTicket() {
		User requester = newRequester();
		var ticket = openTicket(requester, "Find me by number");

		var found = requester.api().get("/api/v1/tickets?q=" + ticket.get("number").asString());

		assertThat(found.list("subject")).containsExactly("Find me by number");
	}

	@Test
	void safeImageIsServedInlineButStillNosniff() {
		User requester = newRequester();
		long id = openTicket(requester, "Screenshot").get("id").asLong();
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

		var message = requester.api()
			.multipart("/api/v1/tickets/" + id + "/messages", List.<String[]>of(new String[] { "body", "see" }),
					List.of(new FilePart("screen.png", "application/octet-stream", png)));
		var download = requester.api()
			.get("/api/v1/attachments/" + message.json().get("attachments").get(0).get("id").asLong());

		assertThat(download.header("Content-Type")).isEqualTo("image/png");
		assertThat(download.header("Content-Disposition")).startsWith("inline");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void changedMatrixAppliesToTheNextTicketAtOnce() {
		var matrix = admin().get("/api/v1/priority-matrix").json();
		var cells = new java.util.ArrayList<Map<String, String>>();
		matrix.get("cells")
			.forEach(c -> cells.add(Map.of("impact", c.get("impact").asString(), "urgency", c.get("urgency").asString(),
					"priority", c.get("impact").asString().equals("LOW") && c.get("urgency").asString().equals("LOW")
							? "P3" : c.get("priority").asString())));
		try {
			assertThat(admin().put("/api/v1/priority-matrix", Map.of("cells", cells)).status()).isEqualTo(200);

			var ticket = newRequester().api()
				.post("/api/v1/tickets", Map.of("subject", "Low low", "impact", "LOW", "urgency", "LOW"));

			assertThat(ticket.json().get("priority").asString()).isEqualTo("P3");
		}
		finally {
			admin().put("/api/v1/priority-matrix", Map.of("cells", matrix.get("cells")));
		}
	}

	@Test
	void incompleteMatrixIsRefused() {
		var response = admin().put("/api/v1/priority-matrix",
				Map.of("cells", List.of(Map.of("impact", "LOW", "urgency", "LOW", "priority", "P1"))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("cells");
		assertThat(response.json().at("/errors/0/message").asString()).contains("nine");
	}

	@org.springframework.beans.factory.annotation.Autowired
	Tickets tickets;

	@org.springframework.beans.factory.annotation.Autowired
	io.tierdesk.identity.Directory directory;

	@Test
	void ticketOpenedWithARefusedFileIsNotKeptAtAll() {
		User requester = newRequester();
		var caller = directory.caller(requester.id()).orElseThrow();
		UploadedFile program = new UploadedFile() {
			@Override
			public String originalName() {
				return "invoice.pdf.exe";
			}

			@Override
			public long size() {
				return 2;
			}

			@Override
			public java.io.InputStream open() {
				return new java.io.ByteArrayInputStream(new byte[] { 'M', 'Z' });
			}
		};
		var command = new TicketViews.NewTicket("With a program", "", null, null, null, null, null, null,
				Channel.PORTAL, null, null);

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tickets.open(command, List.of(program), caller, null))
			.isInstanceOf(io.tierdesk.platform.Problem.UnsupportedType.class);
		assertThat(requester.api().get("/api/v1/tickets").json().get("total").asLong()).isZero();
	}

}
