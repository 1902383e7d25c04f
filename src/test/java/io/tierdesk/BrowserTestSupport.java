package io.tierdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: the whole application on a random port (the API tests'
 * context) and the system's headless Chromium, one per test class, a fresh browser
 * context per test. A missing browser fails the launch, so the tests fail rather than
 * skip.
 */
public abstract class BrowserTestSupport extends ApiTestSupport {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

	private final List<BrowserContext> contexts = new java.util.ArrayList<>();

	/**
	 * What the browser refused under the content security policy: an inline script or
	 * style, in any page.
	 */
	private final List<String> refusedByPolicy = new java.util.concurrent.CopyOnWriteArrayList<>();

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		// CI shares two cores with other builds: an htmx round trip can take seconds
		// there.
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		page = newPage();
	}

	@AfterEach
	void closePages() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
		assertThat(refusedByPolicy).as("content security policy violations").isEmpty();
	}

	/**
	 * A page in a fresh context (its own cookies), for a second person in the same test.
	 */
	protected Page newPage() {
		return newPage(new Browser.NewContextOptions());
	}

	/** A page in a fresh context of a browser set to that IANA time zone. */
	protected Page newPageInTimeZone(String zone) {
		return newPage(new Browser.NewContextOptions().setTimezoneId(zone));
	}

	/**
	 * A page in a fresh context, with script switched off when {@code script} is false:
	 * what must work without JavaScript is tested there.
	 */
	protected Page newPage(boolean script) {
		return newPage(new Browser.NewContextOptions().setJavaScriptEnabled(script));
	}

	private Page newPage(Browser.NewContextOptions options) {
		BrowserContext context = browser
			.newContext(options.setViewportSize(1280, 800).setBaseURL("http://localhost:" + port));
		contexts.add(context);
		Page opened = context.newPage();
		opened.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				refusedByPolicy.add(message.text());
			}
		});
		return opened;
	}

	/** A new user of that role who can sign in with {@link #PASSWORD}. */
	protected Person newPerson(String role, String name) {
		String email = role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		var created = admin().post("/api/v1/users",
				Map.of("email", email, "name", name, "role", role, "password", PASSWORD));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return new Person(created.json().get("id").asLong(), email, name);
	}

	protected void signIn(Page on, String email, String password) {
		on.navigate("/sign-in");
		on.getByLabel("Email").fill(email);
		on.getByLabel("Password").fill(password);
		on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	protected void signInAsAdmin(Page on) {
		signIn(on, "admin@tierdesk.test", "correct-horse-battery");
	}

	/** No axe violation of serious or critical impact on the page as it is now. */
	protected static void assertAccessible(Page on) {
		List<Rule> violations = new AxeBuilder(on).analyze().getViolations();
		List<String> severe = violations.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
			.toList();
		assertThat(severe).as("accessibility violations on %s", on.url()).isEmpty();
	}

	protected static void screenshot(Page on, String name) {
		on.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("docs/screenshots", name + ".png")));
	}

	protected static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public record Person(long id, String email, String name) {
	}

}
