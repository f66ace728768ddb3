package org.judgementsupport.realdata;

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
import java.util.Optional;

/**
 * Builds evidence and moderation cases from the user's download of the published statistics, as JSON on standard
 * output: the same JSON the real-data endpoints answer with.
 *
 * <pre>
 *   ./real-data evidence E09000002 2024-05-13 --data ../shared/data
 *   ./real-data corpus [--practice-from-recorded-grades] --data ../shared/data &gt; corpus.json
 * </pre>
 *
 * The folder can also be given as JUDGEMENT_SUPPORT_REAL_DATA_FOLDER. Exits 0 on success, 1 when nothing is published
 * for the authority, 2 when the command is wrong.
 */
public final class RealDataCommand {

    static final String USAGE = """
            usage: ./real-data evidence <local authority code> <yyyy-mm-dd> --data <folder>
                   ./real-data corpus [--practice-from-recorded-grades] --data <folder>
            <folder> holds the DfE indicator files under dfe/ and Ofsted's outcomes under ofsted/; it can also be given as
            JUDGEMENT_SUPPORT_REAL_DATA_FOLDER.""";

    private static final ObjectWriter JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build().writerWithDefaultPrettyPrinter();

    private RealDataCommand() {
    }

    public static void main(String[] arguments) throws Exception {
        System.exit(run(arguments, System.getenv("JUDGEMENT_SUPPORT_REAL_DATA_FOLDER"), System.out, System.err));
    }

    static int run(String[] arguments, String folderFromEnvironment, PrintStream out, PrintStream err) throws Exception {
        List<String> words = new ArrayList<>();
        String folder = folderFromEnvironment;
        boolean practice = false;
        for (int index = 0; index < arguments.length; index++) {
            switch (arguments[index]) {
                case "--data" -> folder = index + 1 < arguments.length ? arguments[++index] : null;
                case "--practice-from-recorded-grades" -> practice = true;
                default -> words.add(arguments[index]);
            }
        }
        if (folder == null || words.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Path dataFolder = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(dataFolder)) {
            err.println(dataFolder + " is not a folder");
            return 2;
        }
        if (words.get(0).equals("corpus") && words.size() == 1) {
            out.println(JSON.writeValueAsString(Corpus.of(RealData.read(dataFolder).cases(practice))));
            return 0;
        }
        if (words.get(0).equals("evidence") && words.size() == 3) {
            Optional<LocalDate> asOf = date(words.get(2));
            if (asOf.isEmpty()) {
                err.println("'" + words.get(2) + "' is not a date: give it as yyyy-mm-dd");
                return 2;
            }
            Optional<RealEvidence> evidence = RealData.read(dataFolder).evidence(words.get(1), asOf.get());
            if (evidence.isEmpty()) {
                err.println("Nothing is published for " + words.get(1) + " before " + asOf.get());
                return 1;
            }
            out.println(JSON.writeValueAsString(evidence.get()));
            return 0;
        }
        err.println(USAGE);
        return 2;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
