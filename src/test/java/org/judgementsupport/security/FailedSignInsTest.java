package org.judgementsupport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The waits failed sign-ins earn: per account, per address, doubling, never longer than the longest wait. */
class FailedSignInsTest {

    private final MovableClock clock = new MovableClock();
    private final FailedSignIns failed = new FailedSignIns(new SignInLimits(3, 10, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofHours(1), 1000), clock);

    @Test
    void afterTheFreeFailuresEachFurtherAttemptWaitsTwiceAsLongAsTheOneBefore() {
        failed.failed("jane", "10.0.0.1");
        failed.failed("jane", "10.0.0.1");
        assertThat(failed.waitFor("jane", "10.0.0.1")).isEmpty();

        failed.failed("jane", "10.0.0.1");
        assertThat(failed.waitFor("jane", "10.0.0.1")).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(failed.waitFor("jane", "10.0.0.1")).isEmpty();
        failed.failed("jane", "10.0.0.1");
        assertThat(failed.waitFor("jane", "10.0.0.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void theAccountWaitsFromEveryAddressButOtherAccountsFromThatAddressDoNot() {
        for (int attempt = 0; attempt < 3; attempt++) {
            failed.failed("jane", "10.0.0." + attempt);
        }

        assertThat(failed.waitFor("jane", "192.168.1.1")).isPresent();
        assertThat(failed.waitFor("john", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsWaitsWhateverAccountItTriesNext() {
        for (int attempt = 0; attempt < 10; attempt++) {
            failed.failed("user" + attempt, "203.0.113.9");
        }

        assertThat(failed.waitFor("someone-new", "203.0.113.9")).isPresent();
        assertThat(failed.waitFor("someone-new", "198.51.100.1")).isEmpty();
    }

    @Test
    void noWaitIsLongerThanTheLongestHoweverManyFailuresAndItEnds() {
        for (int attempt = 0; attempt < 200; attempt++) {
            failed.failed("jane", "10.0.0.1");
        }

        assertThat(failed.waitFor("jane", "10.0.0.1")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(failed.waitFor("jane", "10.0.0.1")).as("a real user gets in once the wait is over").isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        for (int attempt = 0; attempt < 2; attempt++) {
            failed.failed("jane", "10.0.0." + attempt);
        }
        failed.succeeded("jane");
        failed.failed("jane", "10.0.0.7");

        assertThat(failed.waitFor("jane", "10.0.0.8")).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-06-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
