package org.judgementsupport.realdata;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the user's download of the published statistics is.
 *
 * @param folder a folder holding the DfE's indicator files under {@code dfe/} and Ofsted's outcomes under
 *               {@code ofsted/} (as {@code ../shared/data} does); unset, the real-data endpoints say how to set it
 */
@ConfigurationProperties("judgement-support.real-data")
public record RealDataSettings(String folder) {

    /** Bound as text, not as a Path, so a relative folder is read from the working directory (see RuleSetSettings). */
    public Optional<Path> folderPath() {
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder).toAbsolutePath().normalize());
    }
}
