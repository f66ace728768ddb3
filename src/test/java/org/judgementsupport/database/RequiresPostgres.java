package org.judgementsupport.database;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where a PostgreSQL server is configured, deciding before Spring starts. Where PostgreSQL is
 * required (as .ci/run makes it) the class always runs, so a missing server fails rather than passing unseen.
 */
public class RequiresPostgres implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv("JUDGEMENT_SUPPORT_TEST_POSTGRES_URL");
        if ((url == null || url.isBlank()) && !Boolean.parseBoolean(System.getenv("JUDGEMENT_SUPPORT_TEST_POSTGRES_REQUIRED"))) {
            return ConditionEvaluationResult.disabled("no PostgreSQL configured: set JUDGEMENT_SUPPORT_TEST_POSTGRES_URL, or run .ci/run");
        }
        return ConditionEvaluationResult.enabled("PostgreSQL configured or required");
    }
}
