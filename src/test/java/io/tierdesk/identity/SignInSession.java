package io.tierdesk.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser through the real filter chain (MockMvc): its session cookie is a
 * {@link MockHttpSession}, and it comes from its own source address, so a test's failed
 * sign-ins never pause another test's (which would all come from 127.0.0.1 over HTTP).
 */
final class SignInSession {

	/** Addresses from the documentation range, one per session in a test JVM. */
	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

	private final MockMvc mvc;

	private final String address;

	private MockHttpSession session = new MockHttpSession();

	SignInSession(MockMvc mvc) {
		this.mvc = mvc;
		int n = NEXT_ADDRESS.incrementAndGet();
		this.address = "2001:db8::" + Integer.toHexString(n);
	}

	/** Signs in as a browser would: the page first, for its CSRF token, then the form. */
	MvcResult signIn(String email, String password) {
		return submit(email, password, openSignInPage());
	}

	boolean signsIn(String email, String password) {
		String next = signIn(email, password).getResponse().getRedirectedUrl();
		return next != null && !next.startsWith("/sign-in");
	}

	CsrfToken openSignInPage() {
		return (CsrfToken) perform(get("/sign-in")).getRequest().getAttribute(CsrfToken.class.getName());
	}

	MvcResult submit(String email, String password, CsrfToken csrf) {
		return perform(post("/sign-in").param("username", email)
			.param("password", password)
			.param(csrf.getParameterName(), csrf.getToken()));
	}

	/**
	 * Opens {@code page} for its CSRF token, then sends {@code fields} to {@code action}.
	 */
	MvcResult submitForm(String page, String action, java.util.Map<String, String> fields) {
		CsrfToken csrf = (CsrfToken) open(page).getRequest().getAttribute(CsrfToken.class.getName());
		MockHttpServletRequestBuilder form = post(action).param(csrf.getParameterName(), csrf.getToken());
		fields.forEach(form::param);
		return perform(form);
	}

	MvcResult open(String path) {
		return perform(get(path));
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) {
		RequestBuilder fromHere = request.session(session).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		try {
			MvcResult result = mvc.perform(fromHere).andReturn();
			// Signing in changes the session id; signing out (or being signed out) ends
			// it.
			session = result.getRequest().getSession(false) instanceof MockHttpSession current ? current
					: new MockHttpSession();
			return result;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
