package io.tierdesk.ticket.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tierdesk.BrowserTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's forms in a real browser: a file over the limit is refused beside its field
 * with everything typed kept (by the script before sending, and by the server with script
 * off); a form error is scrolled into view with its field focused; looking up a caller
 * keeps what the agent typed and chooses the only match; a requester chooses between
 * "Something is broken" and "I need something".
 */
class FormsBrowserTests extends BrowserTestSupport {

	/**
	 * A 31 MB file on disk (sparse): the local browser reads it by path, where a payload
	 * of bytes would cross Playwright's protocol base64-encoded.
	 */
	private static Path tooLarge;

	@BeforeAll
	static void writeTooLargeFile() throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "forms-browser-tests"));
		tooLarge = folder.resolve("report.zip");
		try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
			file.setLength(31L * 1024 * 1024);
		}
	}

	@Test
	void aTooLargeFileIsRefusedBesideTheFieldBeforeSendingAndTheFormKeepsWhatWasTyped() {
		Person requester = newPerson("REQUESTER", "Rita Requester");
		signIn(page, requester.email(), PASSWORD);
		page.navigate("/portal/tickets/new");
		assertThat(page.locator("#files-hint")).hasText("Up to 25 MB each");

		page.getByLabel("What is wrong?").fill("Laptop crashes");
		page.getByLabel("Tell us more").fill("Blue screen after lunch");
		page.getByLabel("Attachments").setInputFiles(tooLarge);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

		assertThat(page.locator("#files-error")).hasText("Files can be up to 25 MB; report.zip is 31 MB.");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/portal/tickets/new$"));
		assertThat(page.getByLabel("What is wrong?")).hasValue("Laptop crashes");
		assertAccessible(page);
	}

	@Test
	void withoutScriptTheServerRefusesTheTooLargeFileAndTheFormComesBackAsTyped() {
		Person requester = newPerson("REQUESTER", "Rita Requester");
		Page noScript = newPage(false);
		signIn(noScript, requester.email(), PASSWORD);
		noScript.navigate("/portal/tickets/new");

		noScript.getByLabel("What is wrong?").fill("Laptop crashes");
		noScript.getByLabel("Tell us more").fill("Blue screen after lunch");
		noScript.getByLabel("I can't work").check();
		noScript.getByLabel("Attachments").setInputFiles(tooLarge);
		noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

		assertThat(noScript.locator("#files-error")).hasText("Files can be up to 25 MB; report.zip is 31 MB.");
		assertThat(noScript.getByLabel("What is wrong?")).hasValue("Laptop crashes");
		assertThat(noScript.getByLabel("Tell us more")).hasValue("Blue screen after lunch");
		assertThat(noScript.getByLabel("I can't work")).isChecked();
		screenshot(noScript, "oversized-upload");
	}

	@Test
	void aFormErrorIsScrolledIntoViewWithItsFieldFocused() {
		Person agent = newPerson("AGENT", "Alex Agent");
		long ticket = admin().post("/api/v1/tickets", Map.of("subject", unique("Long story")))
			.json()
			.get("id")
			.asLong();
		for (int i = 0; i < 8; i++) {
			admin().post("/api/v1/tickets/" + ticket + "/messages",
					Map.of("body", "Update " + i + ": " + "still looking into it. ".repeat(20)));
		}
		signIn(page, agent.email(), PASSWORD);
		page.navigate("/tickets/" + ticket);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();

		assertThat(page.getByLabel("Message")).isFocused();
		assertThat(page.getByLabel("Message")).isInViewport();
		assertThat(page.locator(".field-error").first()).hasText("write a message or attach a file");
		assertAccessible(page);
	}

	@Test
	void lookingUpTheCallerKeepsWhatWasTypedAndChoosesTheOnlyMatch() {
		Person agent = newPerson("AGENT", "Carl Concierge");
		Person caller = newPerson("REQUESTER", unique("Phoebe Phoner"));
		signIn(page, agent.email(), PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a call")).click();

		page.getByLabel("Walk-in").check();
		page.getByLabel("What is wrong?").fill("Monitor flickers");
		page.getByLabel("Notes from the call").fill("Flickers when docked.");
		page.getByLabel("They can't work").check();
		page.getByLabel("Find the requester by name or email").fill(caller.name());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();

		assertThat(page.getByLabel(caller.name() + " (" + caller.email() + ")")).isChecked();
		assertThat(page.getByLabel("Walk-in")).isChecked();
		assertThat(page.getByLabel("What is wrong?")).hasValue("Monitor flickers");
		assertThat(page.getByLabel("Notes from the call")).hasValue("Flickers when docked.");
		assertThat(page.getByLabel("They can't work")).isChecked();
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ticket")).click();
		assertThat(page.locator(".ticket-header")).containsText(caller.email());
		assertThat(page.locator(".ticket-header")).containsText("Walk-in");
	}

	@Test
	void aRequesterChoosesSomethingBrokenOrSomethingNeeded() {
		Person requester = newPerson("REQUESTER", "Rita Requester");
		signIn(page, requester.email(), PASSWORD);
		page.navigate("/portal/tickets/new");

		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("What do you need?"))
			.getByRole(AriaRole.RADIO)).hasCount(2);
		page.getByLabel("I need something").check();
		page.getByLabel("What is wrong?").fill(unique("A second screen"));
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("opened");
		long id = Long.parseLong(page.url().replaceAll(".*/tickets/(\\d+).*", "$1"));
		org.assertj.core.api.Assertions.assertThat(admin().get("/api/v1/tickets/" + id).json().get("type").asString())
			.isEqualTo("SERVICE_REQUEST");
	}

}
