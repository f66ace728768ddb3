package org.judgementsupport.rulechange;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * Validates a rule folder exactly as the service does before putting it into service, and prints the report.
 * Exits 0 when the rule set is valid, 1 when it is not, 2 when the folder cannot be found.
 *
 * <pre>
 *   ./validate-rules [folder] [--json]
 * </pre>
 *
 * <p>Files are read up to the service's largest rule file, {@code judgement-support.rule-set.uploads.max-file-size}
 * (set as a system property, or as {@code JUDGEMENT_SUPPORT_RULE_SET_UPLOADS_MAX_FILE_SIZE} in the environment, as
 * for the service), so the command never accepts a folder the service would refuse.
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
        Map<String, String> settings = new HashMap<>(System.getenv());
        System.getProperties().forEach((name, value) -> settings.put(name.toString(), value.toString()));
        return run(arguments, out, settings);
    }

    /** As {@link #run(String[], PrintStream)}, with the settings (system properties and environment) given. */
    static int run(String[] arguments, PrintStream out, Map<String, String> settings) throws Exception {
        List<String> options = Arrays.asList(arguments);
        boolean json = options.contains("--json");
        Path folder = Path.of(options.stream().filter(option -> !option.startsWith("--")).findFirst().orElse(".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            out.println(folder + " is not a folder");
            return 2;
        }
        ValidationReport report = new RuleSetValidator(new RuleSetLoader(), EvidenceReader.standalone(), Clock.systemUTC())
                .validate(new RuleSetFolder(folder, maxFileBytes(settings)).readConsistent())
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

    /** The largest rule file the service reads, as configured for it; the service's default otherwise. */
    static long maxFileBytes(Map<String, String> settings) {
        String configured = settings.getOrDefault(MAX_FILE_SIZE, settings.get(MAX_FILE_SIZE_IN_ENVIRONMENT));
        return configured == null || configured.isBlank() ? UploadLimits.DEFAULT.maxFileSize().toBytes() : DataSize.parse(configured.trim()).toBytes();
    }

    private static final String MAX_FILE_SIZE = "judgement-support.rule-set.uploads.max-file-size";
    private static final String MAX_FILE_SIZE_IN_ENVIRONMENT = "JUDGEMENT_SUPPORT_RULE_SET_UPLOADS_MAX_FILE_SIZE";

    /** Drools logs progress, and every refused build at ERROR; the report says everything that matters, with locations. */
    private static void quietenLogging() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.OFF);
    }
}
