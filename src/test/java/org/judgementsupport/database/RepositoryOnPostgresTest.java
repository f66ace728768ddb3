package org.judgementsupport.database;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The repository contract on PostgreSQL (see {@link PostgresTestDatabase}). */
@ExtendWith(RequiresPostgres.class)
class RepositoryOnPostgresTest extends RepositoryContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        PostgresTestDatabase.register(properties);
    }
}
