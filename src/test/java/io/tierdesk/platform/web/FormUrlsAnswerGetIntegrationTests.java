package io.tierdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.tierdesk.ApiTestSupport;
import io.tierdesk.PageSession;
import io.tierdesk.sla.SlaFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 10: "reloading the page after a failed post never shows a 405". Every URL a page
 * form posts to, read from the request mappings, is asked with GET by an admin (who may
 * open every page): it answers a page, or sends the browser on to the page the form lives
 * on, which answers a page.
 */
class FormUrlsAnswerGetIntegrationTests extends ApiTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPageFormUrlAnswersGetWithItsPage() {
		User admin = newSignedUpUser("ADMIN", "Ada Admin");
		long ticket = openTicket(newRequester(), "Reload me").get("id").asLong();
		long policy = admin()
			.post("/api/v1/sla/policies", SlaFixtures.confined(admin(), SlaFixtures
				.policy("Reload " + java.util.UUID.randomUUID(), SlaFixtures.berlinOfficeHours(admin()))))
			.json()
			.get("id")
			.asLong();
		long calendar = SlaFixtures.berlinOfficeHours(admin());
		PageSession browser = browserOf(admin);
		List<String> wrong = new ArrayList<>();

		Set<String> forms = formUrls();
		for (String form : forms) {
			String url = form.replaceAll("\\{[^}]+}", String.valueOf(admin.id()))
				.replaceFirst("^/tickets/\\d+", "/tickets/" + ticket)
				.replaceFirst("^/admin/sla/policies/\\d+", "/admin/sla/policies/" + policy)
				.replaceFirst("^/admin/sla/calendars/\\d+", "/admin/sla/calendars/" + calendar);
			var answer = browser.get(url);
			var page = answer;
			for (int hops = 0; hops < 3 && page.status() / 100 == 3; hops++) {
				page = browser.get(page.location().replaceFirst("^https?://[^/]+", ""));
			}
			if (answer.status() == 405 || page.status() != 200) {
				wrong.add("GET " + url + " -> " + answer.status() + " " + answer.location() + " -> " + page.status());
			}
		}

		assertThat(forms).hasSizeGreaterThanOrEqualTo(18).contains("/desk/calls", "/tickets/{id}/messages");
		assertThat(wrong).as("page form URLs that do not answer GET with a page").isEmpty();
	}

	@Test
	void aFormsGetGoesToItsNewFormOrTheNearestPageAbove() {
		PageSession browser = browserOf(newSignedUpUser("AGENT", "Alex Agent"));
		long ticket = openTicket(newRequester(), "Reload me too").get("id").asLong();

		assertThat(browser.get("/desk/calls").location()).endsWith("/desk/calls/new");
		assertThat(browser.get("/tickets/" + ticket + "/messages").location()).endsWith("/tickets/" + ticket);
		assertThat(browser.get("/desk/bulk").location()).endsWith("/desk");
	}

	private Set<String> formUrls() {
		Set<String> forms = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageController.class)
					&& info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				forms.addAll(info.getPatternValues());
			}
		});
		return forms;
	}

}
