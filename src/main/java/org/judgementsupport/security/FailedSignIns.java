package org.judgementsupport.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per account and per client address. Past a few free failures each further attempt must
 * wait, the wait doubling with every failure up to {@link SignInLimits#longestWait()}; an attempt made while waiting is
 * refused unchecked (no bcrypt, so an attack costs the service next to nothing) and is not counted, so the wait never
 * grows past the longest however an attacker hammers, and a real user is never shut out for longer than that at a
 * time. A successful sign-in clears its account's count. Held in a bounded cache: memory is the same whatever names
 * or addresses are tried.
 */
@Component
public class FailedSignIns {

    private record Failures(int count, Instant waitUntil) {
    }

    private final SignInLimits limits;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    public FailedSignIns(SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().expireAfterWrite(limits.forgetAfter()).maximumSize(limits.maxTracked()).build();
    }

    /** How long the attempt must still wait, if it must: the longer of the account's wait and the address's. */
    public Optional<Duration> waitFor(String account, String address) {
        Instant now = clock.instant();
        return Stream.of(accountKey(account), addressKey(address))
                .map(failures::getIfPresent)
                .filter(entry -> entry != null && entry.waitUntil() != null && entry.waitUntil().isAfter(now))
                .map(entry -> Duration.between(now, entry.waitUntil()))
                .max(Duration::compareTo);
    }

    public void failed(String account, String address) {
        count(accountKey(account), limits.freeFailuresPerAccount());
        count(addressKey(address), limits.freeFailuresPerAddress());
    }

    public void succeeded(String account) {
        failures.invalidate(accountKey(account));
    }

    private void count(String key, int free) {
        Instant now = clock.instant();
        failures.asMap().compute(key, (ignored, before) -> {
            int count = (before == null ? 0 : before.count()) + 1;
            if (count < free) {
                return new Failures(count, null);
            }
            int doublings = Math.min(count - free, 30);
            Duration wait = limits.firstWait().multipliedBy(1L << doublings);
            return new Failures(count, now.plus(wait.compareTo(limits.longestWait()) > 0 ? limits.longestWait() : wait));
        });
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
