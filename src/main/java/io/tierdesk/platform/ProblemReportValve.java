package io.tierdesk.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before any filter or servlet (request line or headers over
 * {@code server.max-http-request-header-size}, a control character in a header, a path
 * that cannot be decoded) and writes its own HTML page. For the API, and for a request
 * whose line was too long to read its path, this valve writes problem+json instead; pages
 * keep Tomcat's page, without a report or the server's version.
 */
class ProblemReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ProblemReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !forTheApi(request)) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem(status, request)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Could not write the problem for a request Tomcat refused", ex);
		}
	}

	/** The path is unknown when the request line itself was too long to read. */
	private static boolean forTheApi(Request request) {
		String uri = request.getRequestURI();
		return uri == null || uri.isEmpty() || uri.startsWith("/api/");
	}

	private static Map<String, Object> problem(int status, Request request) {
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status);
		problem.put("detail", status == 400
				? "The request could not be read: its request line or headers are too large, or hold bytes HTTP does not allow."
				: "The request could not be handled.");
		String uri = request.getRequestURI();
		if (uri != null && !uri.isEmpty()) {
			problem.put("instance", uri);
		}
		return problem;
	}

}
