package org.judgementsupport.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests.
 *
 * @param maxJsonBody the largest JSON body accepted; evidence for one authority is a few kilobytes
 */
@ConfigurationProperties("judgement-support.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize maxJsonBody) {
}
