package org.judgementsupport.rulechange;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a rule folder exactly as the service does before putting it into service, and prints the report.
 * Exits 0 when the rule set is valid, 1 when it is not, 2 when the folder cannot be found.
 *
 * <pre>
 *   ./validate-rules [folder] [--json]
 * </pre>
 */
public final class ValidateCommand {

    private ValidateCommand() {
    }

    public static void main(String[] arguments) throws Exception {
        quietenLogging();
        System.exit(run(arguments, System.out));
    }

    /** Validates the folder named in the arguments, prints the report, and returns the exit code. */
    static int run(String[] arguments, PrintStream out) throws Exception {
        List<String> options = Arrays.asList(arguments);
        boolean json = options.contains("--json");
        Path folder = Path.of(options.stream().filter(option -> !option.startsWith("--")).findFirst().orElse(".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            out.println(folder + " is not a folder");
            return 2;
        }
        ValidationReport report = new RuleSetValidator(new RuleSetLoader(), EvidenceReader.standalone(), Clock.systemUTC())
                .validate(new RuleSetFolder(folder).readConsistent())
                .report();
        if (json) {
            out.println(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            out.println("Rule folder " + folder);
            out.print(report.toText());
        }
        return report.valid() ? 0 : 1;
    }

    /** Drools logs progress, and every refused build at ERROR; the report says everything that matters, with locations. */
    private static void quietenLogging() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.OFF);
    }
}
