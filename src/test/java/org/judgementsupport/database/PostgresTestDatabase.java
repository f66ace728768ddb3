package org.judgementsupport.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the repository tests also run against. .ci/run installs and starts one and marks it required;
 * elsewhere the PostgreSQL tests run when JUDGEMENT_SUPPORT_TEST_POSTGRES_URL (with _USER and _PASSWORD) names one,
 * and are skipped, saying so, when it does not. Each test class gets a schema of its own.
 */
public final class PostgresTestDatabase {

    private static final String URL = System.getenv("JUDGEMENT_SUPPORT_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("JUDGEMENT_SUPPORT_TEST_POSTGRES_USER", "judgement_support");
    private static final String PASSWORD = System.getenv().getOrDefault("JUDGEMENT_SUPPORT_TEST_POSTGRES_PASSWORD", "");
    private static final boolean REQUIRED = Boolean.parseBoolean(System.getenv("JUDGEMENT_SUPPORT_TEST_POSTGRES_REQUIRED"));

    private PostgresTestDatabase() {
    }

    /** Points the application at a new, empty schema; skips the test class (or fails, when required) without a server. */
    public static void register(DynamicPropertyRegistry properties) {
        String schema = newSchema();
        properties.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.add("spring.datasource.username", () -> USER);
        properties.add("spring.datasource.password", () -> PASSWORD);
        properties.add("spring.flyway.schemas", () -> schema);
    }

    /** A new, empty schema; the caller's JDBC URL must select it with currentSchema. */
    public static String newSchema() {
        if (URL == null || URL.isBlank()) {
            if (REQUIRED) {
                throw new IllegalStateException("PostgreSQL is required but JUDGEMENT_SUPPORT_TEST_POSTGRES_URL is not set");
            }
            Assumptions.abort("no PostgreSQL configured (set JUDGEMENT_SUPPORT_TEST_POSTGRES_URL, or run .ci/run)");
        }
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException unreachable) {
            if (REQUIRED) {
                throw new IllegalStateException("PostgreSQL is required but " + URL + " cannot be reached: " + unreachable.getMessage(), unreachable);
            }
            Assumptions.abort("PostgreSQL at " + URL + " cannot be reached: " + unreachable.getMessage());
        }
        return schema;
    }

    public static String url(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }
}
