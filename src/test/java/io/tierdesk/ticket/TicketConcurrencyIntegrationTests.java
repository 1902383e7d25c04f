package io.tierdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.tierdesk.ApiClient.Response;
import io.tierdesk.ApiTestSupport;
import io.tierdesk.platform.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Racing requests: numbers stay unique, one idempotency key makes one ticket, and no edit
 * is silently lost.
 */
class TicketConcurrencyIntegrationTests extends ApiTestSupport {

	private static final ReliabilityReport REPORT = new ReliabilityReport("concurrency");

	@AfterAll
	static void figuresInTheReliabilityReport() {
		REPORT.check();
	}

	@Test
	void concurrentCreatesGetUniqueNumbers() throws Exception {
		User requester = newRequester();

		List<Response> responses = race(16,
				i -> requester.api().post("/api/v1/tickets", Map.of("subject", "Race " + i)));

		REPORT.record("racing creates of one requester", 16,
				16 - (int) responses.stream()
					.filter(r -> r.status() == 201)
					.map(r -> r.json().get("number").asString())
					.distinct()
					.count());
		assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
		assertThat(responses.stream().map(r -> r.json().get("number").asString()).distinct()).hasSize(16);
	}

	@Test
	void concurrentRequestsWithOneIdempotencyKeyCreateOneTicket() throws Exception {
		User requester = newRequester();

		List<Response> responses = race(8, i -> requester.api()
			.post("/api/v1/tickets", Map.of("subject", "Double click"), "Idempotency-Key", "same-key"));

		long tickets = requester.api().get("/api/v1/tickets").json().get("total").asLong();
		REPORT.record("racing creates with one idempotency key", 8,
				(int) responses.stream().filter(r -> r.status() != 201).count() + (tickets == 1 ? 0 : 1));
		assertThat(responses).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(201));
		assertThat(responses.stream().map(r -> r.json().get("id").asLong()).distinct()).hasSize(1);
		assertThat(requester.api().get("/api/v1/tickets").json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void ofTwoConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
		User agent = newAgent();
		long id = openTicket(newRequester(), "Contested").get("id").asLong();

		List<Response> responses = race(2, i -> agent.api()
			.patch("/api/v1/tickets/" + id, Map.of("version", 0, "impact", i == 0 ? "HIGH" : "LOW")));

		boolean oneWon = responses.stream().map(Response::status).sorted().toList().equals(List.of(200, 409));
		REPORT.record("racing edits of one version (one wins, one 409)", 2, oneWon ? 0 : 2);
		assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
	}

	@Test
	void concurrentRepliesAndNotesOnOneTicketAreAllAccepted() throws Exception {
		User requester = newRequester();
		User agent = newAgent();
		long id = openTicket(requester, "Busy ticket").get("id").asLong();

		List<Response> responses = race(36,
				i -> (i % 3 == 0 ? requester : agent).api()
					.post("/api/v1/tickets/" + id + "/messages",
							Map.of("body", "Message " + i, "visibility", i % 3 == 2 ? "INTERNAL" : "PUBLIC")));

		REPORT.record("racing replies and notes on one ticket", 36,
				(int) responses.stream().filter(r -> r.status() != 201).count());
		assertThat(responses).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(201));
		assertThat(agent.api().get("/api/v1/tickets/" + id + "/messages").json().valueStream()).hasSize(36);
	}

	private static List<Response> race(int count, java.util.function.IntFunction<Response> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Callable<Response>> calls = IntStream.range(0, count)
				.<Callable<Response>>mapToObj(i -> () -> request.apply(i))
				.toList();
			List<Response> responses = new java.util.ArrayList<>();
			for (Future<Response> future : pool.invokeAll(calls)) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
