package org.judgementsupport.rulechange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import org.judgementsupport.ruleset.RuleLocation;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetSettings;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates candidates in a separate Java process with a heap limit and a deadline, so a candidate that would take
 * forever or fill memory costs that process, never the service: it is killed, the candidate is refused with the
 * reason, and the next candidate gets a new process. The allowlist already keeps code out of rule files; this bounds
 * what allowed rules can still cost (a join of many patterns, a huge table).
 *
 * <p>The process is kept between candidates, warm, so a validation takes about as long as in process.
 */
final class SeparateProcessValidation implements CandidateValidation {

    private static final Logger log = LoggerFactory.getLogger(SeparateProcessValidation.class);
    /** {@code -XX:+ExitOnOutOfMemoryError} exits with this code. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final RuleSetSettings.Validation limits;
    private final Clock clock;
    private final ObjectMapper json = ValidationWorker.Messages.json();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rule-set-validation-reader");
        thread.setDaemon(true);
        return thread;
    });
    private Worker worker;

    private record Worker(Process process, DataOutputStream requests, DataInputStream replies) {
    }

    SeparateProcessValidation(RuleSetSettings.Validation limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public synchronized ValidationReport validate(RuleSetSnapshot candidate) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        Worker current = worker();
        Future<byte[]> reply;
        try {
            ValidationWorker.Messages.write(current.requests(), json.writeValueAsBytes(candidate));
            reply = reader.submit(() -> ValidationWorker.Messages.read(current.replies()));
        } catch (IOException broken) {
            return stopped(current, candidate, started, startedNanos);
        }
        try {
            byte[] report = reply.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            return json.readValue(report, ValidationReport.class);
        } catch (TimeoutException tooLong) {
            kill(current);
            return refused(candidate, started, startedNanos, "checking this rule set took longer than " + seconds(limits.timeLimit())
                    + ", the most a candidate may take, and was stopped: a rule may join too many facts, or a table be far too "
                    + "large. Nothing was put into service");
        } catch (ExecutionException | IOException failed) {
            return stopped(current, candidate, started, startedNanos);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            kill(current);
            throw new IllegalStateException("interrupted while validating a rule set", interrupted);
        }
    }

    /** The worker ended mid-validation: out of memory, or crashed. */
    private ValidationReport stopped(Worker current, RuleSetSnapshot candidate, Instant started, long startedNanos) {
        int exit = exitCode(current);
        kill(current);
        return refused(candidate, started, startedNanos, exit == OUT_OF_MEMORY_EXIT
                ? "checking this rule set needed more than " + limits.memoryLimit().toMegabytes() + " MB of memory, the most a "
                + "candidate may use, and was stopped: a rule may join too many facts, or a table be far too large. Nothing was put into service"
                : "the validation of this rule set stopped unexpectedly (exit code " + exit + "); nothing was put into service");
    }

    private ValidationReport refused(RuleSetSnapshot candidate, Instant started, long startedNanos, String reason) {
        log.warn("Candidate rule set {} refused: {}", candidate.version(), reason);
        RuleSetProblem problem = new RuleSetProblem(RuleSetProblem.Kind.TOO_MUCH_WORK, RuleLocation.ofFile(RuleSetFolder.RULES), reason);
        return new ValidationReport(candidate.version(), started, (System.nanoTime() - startedNanos) / 1_000_000, false, 0,
                List.of(problem), List.of(), ValidationReport.Monotonicity.notChecked(), ValidationReport.Scenarios.notRun());
    }

    private Worker worker() {
        if (worker != null && worker.process().isAlive()) {
            return worker;
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .directory(new File(System.getProperty("java.io.tmpdir")));
            // The process needs none of the service's environment, database passwords included.
            builder.environment().clear();
            builder.environment().put("LANG", "C.UTF-8");
            Process process = builder.start();
            worker = new Worker(process, new DataOutputStream(new BufferedOutputStream(process.getOutputStream())),
                    new DataInputStream(new BufferedInputStream(process.getInputStream())));
            log.info("Rule-set validation process {} started ({} MB, {} a candidate)", process.pid(), limits.memoryLimit().toMegabytes(),
                    seconds(limits.timeLimit()));
            return worker;
        } catch (IOException failed) {
            throw new IllegalStateException("cannot start the rule-set validation process: " + failed.getMessage(), failed);
        }
    }

    /** The same Java and class path as the service, whether it runs from classes, a packaged jar or an extracted one. */
    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + limits.memoryLimit().toMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        String classPath = System.getProperty("java.class.path");
        if (isSpringBootJar(classPath)) {
            command.addAll(List.of("-cp", classPath, "-Dloader.main=" + ValidationWorker.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, ValidationWorker.class.getName()));
        }
        return command;
    }

    private static boolean isSpringBootJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/") != null || jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static int exitCode(Worker current) {
        try {
            return current.process().waitFor(2, TimeUnit.SECONDS) ? current.process().exitValue() : -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void kill(Worker current) {
        current.process().destroyForcibly();
        if (worker == current) {
            worker = null;
        }
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            try {
                worker.requests().close();
                if (!worker.process().waitFor(2, TimeUnit.SECONDS)) {
                    worker.process().destroyForcibly();
                }
            } catch (IOException | InterruptedException closing) {
                worker.process().destroyForcibly();
            }
            worker = null;
        }
        reader.shutdownNow();
    }
}
