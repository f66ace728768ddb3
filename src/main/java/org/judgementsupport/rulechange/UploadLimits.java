package org.judgementsupport.rulechange;

import org.judgementsupport.ruleset.RuleSetFolder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploads of rule files. The rule folder is a few hundred kilobytes; the limits leave room for growth and
 * none for abuse. They are tighter than the service's limit on any upload ({@code judgement-support.limits.max-batch-body}),
 * which multipart bodies are held to before these are checked. The largest file is also the largest the rule folder is
 * read with, so a file that could not be uploaded is not read from the folder either.
 *
 * @param maxFileSize          the largest single rule file, workbook or zip
 * @param maxUploadSize        the most one upload may hold, all files together
 * @param maxZipEntries        the most entries a zip may hold
 * @param maxZipUncompressed   the most a zip may expand to
 * @param maxCompressionRatio  how many times larger than its compressed size a zip, or a large entry in it, may expand
 */
@ConfigurationProperties("judgement-support.rule-set.uploads")
public record UploadLimits(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("20MB") DataSize maxUploadSize,
                           @DefaultValue("1000") int maxZipEntries, @DefaultValue("50MB") DataSize maxZipUncompressed,
                           @DefaultValue("100") int maxCompressionRatio) {

    public static final UploadLimits DEFAULT = new UploadLimits(DataSize.ofBytes(RuleSetFolder.DEFAULT_MAX_FILE_BYTES), DataSize.ofMegabytes(20), 1000,
            DataSize.ofMegabytes(50), 100);
}
