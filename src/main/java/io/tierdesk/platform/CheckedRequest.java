package io.tierdesk.platform;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The request as the application sees it: every parameter value it reads has passed
 * {@link AcceptedValues}, whoever reads it (a filter, a binder, a controller), and an
 * {@code Accept} header that cannot be parsed is disregarded, as RFC 9110 (12.5.1)
 * allows, instead of leaving no way to send even the error.
 */
final class CheckedRequest extends HttpServletRequestWrapper {

	CheckedRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public @Nullable String getHeader(String name) {
		return unreadableAccept(name) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return unreadableAccept(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	private boolean unreadableAccept(String name) {
		if (!HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
			return false;
		}
		try {
			Collections.list(super.getHeaders(name)).forEach(MediaType::parseMediaTypes);
			return false;
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	@Override
	public @Nullable String getParameter(String name) {
		String value = decoded(() -> super.getParameter(name));
		check(name, value);
		return value;
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = decoded(() -> super.getParameterValues(name));
		if (values != null) {
			for (String value : values) {
				check(name, value);
			}
		}
		return values;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		Map<String, String[]> parameters = decoded(super::getParameterMap);
		parameters.forEach((name, values) -> {
			check("parameter name", name);
			for (String value : values) {
				check(name, value);
			}
		});
		return parameters;
	}

	private static void check(String name, @Nullable String value) {
		String refusal = AcceptedValues.refusal(value);
		if (refusal != null) {
			throw new Refused(name, refusal);
		}
	}

	/**
	 * Tomcat decodes all parameters on the first read and refuses percent-encoded bytes
	 * that are not UTF-8, without telling which parameter held them.
	 */
	private static <T> T decoded(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (InvalidParameterException ex) {
			throw new Refused("query", "is not valid percent-encoded UTF-8");
		}
	}

	/** 400: a parameter (or the path) holds a value {@link AcceptedValues} refuses. */
	static final class Refused extends Problem.InvalidInput {

		Refused(String name, String refusal) {
			super(name, refusal);
		}

	}

}
