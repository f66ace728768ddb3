package org.judgementsupport.rulechange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.judgementsupport.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every attempt to change the rules, kept: validations, proposals, approvals and rejections, rebases, activations,
 * rollbacks and saves in the rule folder, with who, when, why (the comment), the outcome, and what changed in which
 * file, down to the cell.
 */
@Component
public class RuleChangeLog {

    /** What was asked for. */
    public enum Action { STARTUP, VALIDATION, ACTIVATION, ROLLBACK, FOLDER_CHANGE, APPROVAL, REJECTION, REBASE }

    /** What came of it. */
    public enum Outcome { VALID, NOT_VALID, ACTIVATED, ALREADY_ACTIVE, REFUSED, NOT_WRITTEN, PROPOSED, APPROVED, REJECTED }

    /**
     * One entry.
     *
     * @param comparedWith the version in service at the time, which the files are compared with
     */
    public record Entry(long id, Instant at, String actor, Action action, Outcome outcome, String version, String comparedWith, String comment,
                        List<ChangedFile> files) {
    }

    private static final TypeReference<List<ChangedFile>> FILES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public RuleChangeLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(Instant at, String actor, Action action, Outcome outcome, String version, String comparedWith, String comment,
                List<ChangedFile> files) {
        try {
            jdbc.sql("""
                            insert into rule_change (at, actor, action, outcome, version, compared_with, comment, files)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Timestamps.toColumn(at), actor, action.name(), outcome.name(), version, comparedWith, comment,
                            json.writeValueAsString(files))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the changed files as JSON", e);
        }
    }

    /** Newest first. */
    public List<Entry> list(int page, int size) {
        return jdbc.sql("select * from rule_change order by id desc limit ? offset ?").params(size, (long) page * size).query(this::entry).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from rule_change").query(Long.class).single();
    }

    private Entry entry(ResultSet row, int number) throws SQLException {
        try {
            return new Entry(row.getLong("id"), Timestamps.fromColumn(row, "at"), row.getString("actor"),
                    Action.valueOf(row.getString("action")), Outcome.valueOf(row.getString("outcome")), row.getString("version"),
                    row.getString("compared_with"), row.getString("comment"), json.readValue(row.getString("files"), FILES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored rule change cannot be read", e);
        }
    }
}
