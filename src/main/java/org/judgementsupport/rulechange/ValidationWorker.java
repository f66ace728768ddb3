package org.judgementsupport.rulechange;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleLocation;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process that validates candidate rule sets for the service ({@link SeparateProcessValidation}): started with a
 * heap limit, it reads candidates from standard input and writes their validation reports to standard output, one at
 * a time, until its input closes. If a candidate takes too long or too much memory, the service kills this process,
 * not itself, and starts another for the next candidate.
 *
 * <p>Each message is a four-byte length and that many bytes of JSON. Standard output carries nothing else: anything a
 * library prints goes to standard error.
 */
public final class ValidationWorker {

    /** The largest candidate accepted: far above a real rule set (well under a megabyte) and the upload limits. */
    static final int MAX_MESSAGE = 256 * 1024 * 1024;

    private ValidationWorker() {
    }

    public static void main(String[] arguments) throws IOException {
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        quietenLogging();
        ObjectMapper json = Messages.json();
        RuleSetValidator validator = new RuleSetValidator(new RuleSetLoader(), EvidenceReader.standalone(), Clock.systemUTC());
        DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in));
        while (true) {
            byte[] request;
            try {
                request = Messages.read(requests);
            } catch (EOFException serviceGone) {
                return;
            }
            RuleSetSnapshot candidate = json.readValue(request, RuleSetSnapshot.class);
            ValidationReport report;
            try {
                report = validator.validate(candidate).report();
            } catch (RuntimeException failed) {
                report = failure(candidate, failed);
            }
            Messages.write(replies, json.writeValueAsBytes(report));
        }
    }

    /** A validation that failed in a way the validator does not report itself: still an answer, never a dead process. */
    private static ValidationReport failure(RuleSetSnapshot candidate, RuntimeException failed) {
        RuleSetProblem problem = new RuleSetProblem(RuleSetProblem.Kind.COMPILE_ERROR, RuleLocation.ofFile(RuleSetFolder.RULES),
                "the rule set could not be checked: " + failed.getMessage());
        return new ValidationReport(candidate.version(), Instant.now(), 0, false, 0, List.of(problem), List.of(),
                ValidationReport.Monotonicity.notChecked(), ValidationReport.Scenarios.notRun());
    }

    private static void quietenLogging() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.OFF);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.kie")).setLevel(Level.OFF);
    }

    /** The framing both sides use. */
    static final class Messages {

        private Messages() {
        }

        /** Derived properties (a file's {@code isDrl()}, a problem's {@code isError()}) are written but not read back. */
        static ObjectMapper json() {
            return new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        }

        static byte[] read(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0 || length > MAX_MESSAGE) {
                throw new IOException("a message of " + length + " bytes is out of bounds");
            }
            byte[] message = new byte[length];
            in.readFully(message);
            return message;
        }

        static void write(DataOutputStream out, byte[] message) throws IOException {
            out.writeInt(message.length);
            out.write(message);
            out.flush();
        }
    }
}
