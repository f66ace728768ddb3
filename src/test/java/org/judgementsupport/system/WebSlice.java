package org.judgementsupport.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What a web slice test ({@code @WebMvcTest}) needs of the service's own configuration, which a slice does not load:
 * the request limits the request filter reads, and a clock, fixed on a day in 2025.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
public class WebSlice {

    public static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
