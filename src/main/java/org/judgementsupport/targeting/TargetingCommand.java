package org.judgementsupport.targeting;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.realdata.RealData;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetInvalidException;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where to look next without the service: the ranking as of a date (JSON, or CSV with {@code --csv}), or the backtest,
 * with the rules in a folder (this repository's by default) and the user's download of the published statistics.
 *
 * <pre>
 *   ./targeting 2024-04-01 --data ../shared/data [--csv] [--rules &lt;folder&gt;]
 *   ./targeting backtest --data ../shared/data [--rules &lt;folder&gt;]
 * </pre>
 *
 * The statistics folder can also be given as JUDGEMENT_SUPPORT_REAL_DATA_FOLDER. Exits 0 on success, 1 when the rules
 * do not load, 2 when the command is wrong.
 */
public final class TargetingCommand {

    static final String USAGE = """
            usage: ./targeting <yyyy-mm-dd> --data <folder> [--csv] [--rules <rule folder>]
                   ./targeting backtest --data <folder> [--rules <rule folder>]
            <folder> holds the DfE indicator files under dfe/ and Ofsted's files under ofsted/; it can also be given as
            JUDGEMENT_SUPPORT_REAL_DATA_FOLDER. The rules are this repository's unless --rules names another folder.""";

    private static final ObjectWriter JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build().writerWithDefaultPrettyPrinter();

    private TargetingCommand() {
    }

    public static void main(String[] arguments) throws Exception {
        // The output is JSON or CSV on standard output: the rule engine's start-up messages must not mix into it.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.OFF);
        System.exit(run(arguments, System.getenv("JUDGEMENT_SUPPORT_REAL_DATA_FOLDER"), Path.of("").toAbsolutePath(), System.out, System.err));
    }

    static int run(String[] arguments, String folderFromEnvironment, Path defaultRules, PrintStream out, PrintStream err) throws Exception {
        List<String> words = new ArrayList<>();
        String folder = folderFromEnvironment;
        Path rules = defaultRules;
        boolean csv = false;
        for (int index = 0; index < arguments.length; index++) {
            switch (arguments[index]) {
                case "--data" -> folder = index + 1 < arguments.length ? arguments[++index] : null;
                case "--rules" -> rules = index + 1 < arguments.length ? Path.of(arguments[++index]) : null;
                case "--csv" -> csv = true;
                default -> words.add(arguments[index]);
            }
        }
        if (folder == null || rules == null || words.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        Path dataFolder = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(dataFolder)) {
            err.println(dataFolder + " is not a folder");
            return 2;
        }
        LocalDate asOf = null;
        if (!words.get(0).equals("backtest")) {
            try {
                asOf = LocalDate.parse(words.get(0));
            } catch (DateTimeParseException notADate) {
                err.println("'" + words.get(0) + "' is not a date: give it as yyyy-mm-dd, or say backtest");
                return 2;
            }
        }
        RuleSet ruleSet;
        try {
            ruleSet = new RuleSetLoader().load(new RuleSetFolder(rules).read());
        } catch (RuleSetInvalidException invalid) {
            err.println("The rules in " + rules + " do not load; ./validate-rules says why (" + invalid.problems().size() + " problems)");
            return 1;
        }
        Scoring scoring = Scoring.of(RealData.read(dataFolder));
        if (asOf == null) {
            out.print(BacktestReport.write(scoring, ruleSet));
            return 0;
        }
        LocalDate earliest = scoring.earliestAsOf().orElse(LocalDate.MAX);
        if (asOf.isBefore(earliest)) {
            err.println("Nothing can be ranked before " + earliest + ": the first workforce release, which lists the authorities, was published then");
            return 2;
        }
        Ranking ranking = scoring.rank(ruleSet, asOf);
        out.print(csv ? RankingCsv.write(ranking) : JSON.writeValueAsString(ranking) + System.lineSeparator());
        return 0;
    }
}
