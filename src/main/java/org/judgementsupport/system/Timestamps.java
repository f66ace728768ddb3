package org.judgementsupport.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How every table keeps a moment: a {@code timestamp with time zone} written in UTC and read back as an instant. JDBC
 * has no mapping for {@link Instant} that both H2 and PostgreSQL take, so the one mapping is here.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The value to write; null stays null. */
    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The moment in the column, or null when it holds none. */
    public static Instant fromColumn(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
