package io.tierdesk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Tierdesk in a child JVM, as an operator runs it: {@link TierdeskApplication}'s main
 * with this JVM's classpath minus the test classes (their {@code @TestConfiguration}
 * classes would otherwise be component-scanned into the application), on loopback, its
 * output in a log file. Crash tests kill it with SIGKILL and start it again.
 */
public final class ChildApplication {

	private static final Duration START_DEADLINE = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final Path log;

	private final int port;

	private ChildApplication(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts the application with these {@code --name=value} arguments. */
	public static ChildApplication start(Path log, List<String> arguments) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(), TierdeskApplication.class.getName(),
						"--server.address=127.0.0.1", "--server.port=" + port));
		command.addAll(arguments);
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		// Only the arguments configure the child: not a SPRING_* or TIERDESK_* variable
		// of the build's environment.
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("TIERDESK_"));
		return new ChildApplication(builder.start(), log, port);
	}

	/** Waits, at most {@link #START_DEADLINE}, until the health endpoint answers 200. */
	public ChildApplication awaitHealthy() {
		Instant deadline = Instant.now().plus(START_DEADLINE);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Tierdesk exited with " + this.process.exitValue() + ":\n" + logTail());
			}
			if (healthy()) {
				return this;
			}
			LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
		}
		throw new IllegalStateException("Tierdesk not healthy after " + START_DEADLINE + ":\n" + logTail());
	}

	/** SIGKILL (Process.destroyForcibly on POSIX), then waits until the JVM is gone. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Tierdesk still running 30 s after SIGKILL");
		}
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** An API client of this node acting with that token. */
	public ApiClient api(String token) {
		return new ApiClient(this.port, token);
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	private boolean healthy() {
		try {
			return send(HttpRequest.newBuilder(uri("/actuator/health")).GET()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String applicationClasspath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
