package org.judgementsupport.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a moderation batch may be. A report compares every case with every other and holds each case's judgement
 * until the report is written, so the number of cases, not only the bytes, must be bounded.
 *
 * @param maxCases the most cases (JSON entries or CSV rows) one batch may hold; Ofsted has published fewer than 300
 *                 ILACS inspections
 */
@ConfigurationProperties("judgement-support.moderation")
public record ModerationLimits(@DefaultValue("10000") int maxCases) {
}
