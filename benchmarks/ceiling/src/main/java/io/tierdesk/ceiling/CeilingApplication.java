package io.tierdesk.ceiling;

import java.time.Instant;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling Tierdesk's ticket creation is measured against: the same web stack, JSON binding and PostgreSQL server,
 * but one insert in auto-commit (one statement, one commit) and no authentication, domain or timeline.
 */
@SpringBootApplication
@RestController
public class CeilingApplication {

	record NewTicket(String subject, String description) {
	}

	private final JdbcClient jdbc;

	CeilingApplication(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static void main(String[] args) {
		SpringApplication.run(CeilingApplication.class, args);
	}

	@PostMapping("/api/v1/tickets")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> open(@RequestBody NewTicket ticket) {
		Long id = jdbc.sql("insert into ticket (subject, description, created_at) values (?, ?, ?) returning id")
			.params(ticket.subject(), ticket.description(), java.sql.Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		return Map.of("id", id, "subject", ticket.subject());
	}

}
