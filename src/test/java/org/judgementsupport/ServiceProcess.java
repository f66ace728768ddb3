package org.judgementsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The service in a JVM of its own, with the main classes and libraries only, so its own configuration applies as it
 * does for the README's run command: for tests that kill it outright or run more than one. It takes any free port and
 * says which in its log, so no other process can take the port between choosing and binding it. It compiles with C1
 * only: it lives for seconds, and on two cores the optimising compiler's threads would slow its start several times
 * over, without changing what it does.
 */
public final class ServiceProcess {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess() {
    }

    /** Starts the service with these arguments (and {@code --server.port=0}), its output in the log, the environment added to. */
    public static Process start(Path log, String heap, Map<String, String> environment, String... arguments) throws IOException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-XX:TieredStopAtLevel=1", "-cp", classpath, JudgementSupportApplication.class.getName(), "--server.port=0"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Waits until health says UP, failing if the service exits or takes longer than the patience; returns its port. */
    public static int awaitHealthy(Process service, Path log, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        Integer port = null;
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service exited with " + service.exitValue() + ":\n" + Files.readString(log));
            }
            if (port == null) {
                Matcher started = PORT.matcher(Files.readString(log));
                port = started.find() ? Integer.valueOf(started.group(1)) : null;
            }
            try {
                if (port != null && HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return port;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start within " + patience.toSeconds() + " s:\n" + Files.readString(log));
    }

    /** The administrator's password, printed once on the first start; health says UP only after it is. */
    public static String printedAdministratorPassword(Path log) throws IOException {
        Matcher printed = Pattern.compile("password: (\\S+)").matcher(Files.readString(log));
        if (!printed.find()) {
            throw new AssertionError("the first start printed no administrator password:\n" + Files.readString(log));
        }
        return printed.group(1);
    }
}
