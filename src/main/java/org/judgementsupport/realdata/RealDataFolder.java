package org.judgementsupport.realdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The configured download of the published statistics, read once and read again only when its files change (a user
 * who downloads next year's figures into the same folder gets them without a restart).
 */
@Component
public class RealDataFolder {

    private record Loaded(Path folder, String fingerprint, RealData data) {
    }

    private final RealDataSettings settings;
    private Loaded loaded;

    public RealDataFolder(RealDataSettings settings) {
        this.settings = settings;
    }

    public synchronized RealData data() {
        Path folder = settings.folderPath().orElseThrow(() -> new RealDataUnavailableException(
                "No folder of published statistics is configured. Set judgement-support.real-data.folder (or the environment variable "
                        + "JUDGEMENT_SUPPORT_REAL_DATA_FOLDER) to a folder holding the DfE indicator files under dfe/ and Ofsted's "
                        + "inspection outcomes under ofsted/.", null));
        try {
            String fingerprint = fingerprint(folder);
            if (loaded == null || !loaded.folder().equals(folder) || !loaded.fingerprint().equals(fingerprint)) {
                loaded = new Loaded(folder, fingerprint, RealData.read(folder));
            }
            return loaded.data();
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            throw new RealDataUnavailableException("The published statistics in " + folder + " cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    /** Every file's name, size and modification time. */
    private static String fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder + " is not a folder");
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            StringBuilder fingerprint = new StringBuilder();
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                try {
                    fingerprint.append(folder.relativize(file)).append(':').append(Files.size(file)).append(':')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return fingerprint.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
