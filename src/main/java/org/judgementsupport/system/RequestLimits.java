package org.judgementsupport.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on request bodies.
 *
 * @param maxJsonBody  the largest JSON body accepted: evidence for one authority is a few kilobytes
 * @param maxBatchBody the largest batch accepted by the moderation endpoints, as JSON or as a CSV upload: 10,000 cases are
 *                     a few megabytes. No upload of any kind may be larger ({@link UploadSizeConfiguration})
 */
@ConfigurationProperties("judgement-support.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize maxJsonBody, @DefaultValue("32MB") DataSize maxBatchBody) {

    /** Paths taking batches of cases rather than one case. */
    static boolean isBatchPath(String path) {
        return path.startsWith("/api/v1/moderation/");
    }
}
