package org.judgementsupport.realdata;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real published data and source documents are: ../shared beside the repository, as in CI. */
public final class SharedData {

    private SharedData() {
    }

    public static Path dataFolder() {
        return existing(System.getProperty("shared.data.dir", "../shared/data"));
    }

    public static Path seedsFolder() {
        return existing(System.getProperty("shared.seeds.dir", "../shared/seeds"));
    }

    private static Path existing(String location) {
        Path folder = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder + " is missing: the tests read real published data from ../shared beside the repository");
        }
        return folder;
    }
}
