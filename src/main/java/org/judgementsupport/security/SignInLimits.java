package org.judgementsupport.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down ({@link FailedSignIns}).
 *
 * @param freeFailuresPerAccount failed sign-ins to one account before each further attempt must wait
 * @param freeFailuresPerAddress failed sign-ins from one client address, to any accounts, before each further attempt
 *                               must wait: higher, since an office may share one address
 * @param firstWait              the first wait; each further failure doubles it
 * @param longestWait            the most any wait grows to, so nobody, however many failures an attacker causes, is
 *                               kept out for longer than this at a time
 * @param forgetAfter            failures are forgotten this long after the last one
 * @param maxTracked             the most accounts and addresses remembered at once, so memory stays bounded whatever
 *                               names an attacker tries
 */
@ConfigurationProperties("judgement-support.security.sign-in")
public record SignInLimits(@DefaultValue("5") int freeFailuresPerAccount, @DefaultValue("20") int freeFailuresPerAddress,
                           @DefaultValue("1s") Duration firstWait, @DefaultValue("15m") Duration longestWait,
                           @DefaultValue("1h") Duration forgetAfter, @DefaultValue("100000") int maxTracked) {
}
