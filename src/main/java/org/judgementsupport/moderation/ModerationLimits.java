package org.judgementsupport.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a moderation batch may be. A report compares every case with every other and holds each case's judgement
 * until the report is written, so the number of cases, not only the bytes, must be bounded.
 *
 * @param maxCases the most cases (JSON entries or CSV rows) one batch may hold; Ofsted has published fewer than 300
 *                 ILACS inspections
 * @param maxWorkbookUnpacked the most an {@code .xlsx} batch may unpack to, all its parts together: a workbook is a zip
 *                 file, and a small upload can unpack to gigabytes; 10,000 cases of every column unpack to about 30 MB
 */
@ConfigurationProperties("judgement-support.moderation")
public record ModerationLimits(@DefaultValue("10000") int maxCases, @DefaultValue("64MB") DataSize maxWorkbookUnpacked) {
}
