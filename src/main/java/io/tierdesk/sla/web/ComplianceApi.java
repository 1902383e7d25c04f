package io.tierdesk.sla.web;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tierdesk.identity.Caller;
import io.tierdesk.sla.SlaContracts.ComplianceReport;
import io.tierdesk.sla.contract.ComplianceReader;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "SLA", description = "Business calendars, SLA policies and ticket clocks")
class ComplianceApi {

	private final ComplianceReader compliance;

	private final Clock clock;

	ComplianceApi(ComplianceReader compliance, Clock clock) {
		this.compliance = compliance;
		this.clock = clock;
	}

	@GetMapping("/api/v1/sla/compliance")
	@Operation(operationId = "getSlaCompliance",
			summary = "Targets met and breached per priority, and each contract's compliance and credit owed, over"
					+ " a half-open period (this UTC month unless given; manager, admin)")
	ComplianceReport get(
			@Parameter(description = "First instant counted (ISO-8601, e.g. 2026-11-01T00:00:00Z)") @RequestParam(
					required = false) @Nullable Instant from,
			@Parameter(description = "First instant no longer counted") @RequestParam(
					required = false) @Nullable Instant to,
			@Parameter(description = "Only this organisation's tickets and contracts") @RequestParam(
					required = false) @Nullable Long organisationId,
			Caller caller) {
		YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
		Instant start = from != null ? from : month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = to != null ? to : month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return compliance.report(start, end, organisationId, caller);
	}

}
