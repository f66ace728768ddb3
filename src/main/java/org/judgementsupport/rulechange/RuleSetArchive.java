package org.judgementsupport.rulechange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.system.Timestamps;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule-set version the service has validated, with its files (stored once each, by content hash), its
 * validation report, and every time a version went into service. From it any version can be rebuilt exactly.
 */
@Repository
public class RuleSetArchive {

    /** A version as stored. */
    public record StoredVersion(String version, Instant firstSeenAt, int ruleCount, boolean valid, List<StoredFile> files) {
    }

    /** A file of a stored version. */
    public record StoredFile(String path, String sha256, int sizeBytes) {
    }

    /** A version going into service. */
    public record Activation(long id, String version, Instant activatedAt, ActivatedBy activatedBy, String previousVersion,
                             List<FileChange> changes, String comment, int ruleCount) {
    }

    private static final TypeReference<List<FileChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public RuleSetArchive(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps a version's files and report. Storing a version already kept changes nothing. */
    @Transactional
    public void store(RuleSetSnapshot snapshot, ValidationReport report) {
        String version = snapshot.version();
        boolean known = jdbc.sql("select count(*) from rule_set_version where version = ?").param(version).query(Integer.class).single() > 0;
        if (known) {
            return;
        }
        for (SourceFile file : snapshot.files()) {
            storeContent(file);
        }
        jdbc.sql("insert into rule_set_version (version, first_seen_at, rule_count, valid, report) values (?, ?, ?, ?, ?)")
                .params(version, Timestamps.toColumn(report.checkedAt()), report.ruleCount(), report.valid(), write(report))
                .update();
        for (SourceFile file : snapshot.files()) {
            jdbc.sql("insert into rule_set_file (version, path, sha256) values (?, ?, ?)").params(version, file.path(), file.sha256()).update();
        }
    }

    private void storeContent(SourceFile file) {
        String sha256 = file.sha256();
        if (jdbc.sql("select count(*) from file_content where sha256 = ?").param(sha256).query(Integer.class).single() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into file_content (sha256, content, size_bytes) values (?, ?, ?)")
                    .params(sha256, file.content(), file.content().length).update();
        } catch (DuplicateKeyException storedMeanwhile) {
            // Another request stored the same content first; content-addressed, so it is the same bytes.
        }
    }

    @Transactional
    public Activation recordActivation(String version, Instant at, ActivatedBy by, String previousVersion, List<FileChange> changes, String comment) {
        jdbc.sql("insert into rule_set_activation (version, activated_at, activated_by, previous_version, changes, comment) values (?, ?, ?, ?, ?, ?)")
                .params(version, Timestamps.toColumn(at), by.name(), previousVersion, write(changes), comment)
                .update();
        return latestActivation().orElseThrow();
    }

    /** Every activation, newest first. */
    public List<Activation> history() {
        return jdbc.sql(ACTIVATIONS + " order by a.activated_at desc, a.id desc").query(this::activation).list();
    }

    public Optional<Activation> latestActivation() {
        return jdbc.sql(ACTIVATIONS + " order by a.activated_at desc, a.id desc limit 1").query(this::activation).optional();
    }

    /**
     * The version of the newest activation by row id, which only grows: the order activations were made in, whichever
     * instance made them and whatever its clock said.
     */
    Optional<String> newestActivatedVersion() {
        return jdbc.sql("select version from rule_set_activation order by id desc limit 1").query(String.class).optional();
    }

    /** Valid versions first stored after the given moment, newest first, at most a few. */
    List<String> validVersionsStoredSince(Instant since) {
        return jdbc.sql("select version from rule_set_version where valid and first_seen_at > ? order by first_seen_at desc limit 4")
                .param(Timestamps.toColumn(since)).query(String.class).list();
    }

    /** The newest activation's row id; 0 before the first. */
    long newestActivationId() {
        return jdbc.sql("select coalesce(max(id), 0) from rule_set_activation").query(Long.class).single();
    }

    public Optional<StoredVersion> version(String version) {
        return jdbc.sql("select version, first_seen_at, rule_count, valid from rule_set_version where version = ?")
                .param(version)
                .query((row, number) -> new StoredVersion(row.getString("version"), Timestamps.fromColumn(row, "first_seen_at"),
                        row.getInt("rule_count"), row.getBoolean("valid"), files(version)))
                .optional();
    }

    public Optional<ValidationReport> report(String version) {
        return jdbc.sql("select report from rule_set_version where version = ?").param(version).query(String.class).optional()
                .map(text -> read(text, ValidationReport.class));
    }

    /**
     * The version's files exactly as they were, to rebuild it. Each file is checked against the hash it was stored
     * under, and the files together against the version: an archive altered behind the service's back is refused,
     * never served.
     *
     * @throws ArchiveAlteredException when what is stored no longer hashes to what it was stored as
     */
    public Optional<RuleSetSnapshot> snapshot(String version) {
        if (version(version).isEmpty()) {
            return Optional.empty();
        }
        List<SourceFile> files = new ArrayList<>();
        jdbc.sql("""
                        select f.path, f.sha256, c.content from rule_set_file f join file_content c on c.sha256 = f.sha256
                        where f.version = ? order by f.path""")
                .param(version)
                .query((row, number) -> {
                    SourceFile file = new SourceFile(row.getString("path"), row.getBytes("content"));
                    if (!file.sha256().equals(row.getString("sha256"))) {
                        throw new ArchiveAlteredException(version, "file " + file.path() + " no longer has the content it was stored with");
                    }
                    return file;
                })
                .list()
                .forEach(files::add);
        RuleSetSnapshot snapshot = new RuleSetSnapshot(files, List.of());
        if (!snapshot.version().equals(version)) {
            throw new ArchiveAlteredException(version, "its files no longer make up that version (a file was added, removed or renamed)");
        }
        return Optional.of(snapshot);
    }

    /** Whether the version has been in service before: going back to it needs no new approval. */
    public boolean wasInService(String version) {
        return jdbc.sql("select count(*) from rule_set_activation where version = ?").param(version).query(Integer.class).single() > 0;
    }

    public Optional<byte[]> file(String version, String path) {
        return jdbc.sql("select c.content from rule_set_file f join file_content c on c.sha256 = f.sha256 where f.version = ? and f.path = ?")
                .params(version, path)
                .query((row, number) -> row.getBytes("content"))
                .optional();
    }

    private List<StoredFile> files(String version) {
        return jdbc.sql("""
                        select f.path, f.sha256, c.size_bytes from rule_set_file f join file_content c on c.sha256 = f.sha256
                        where f.version = ? order by f.path""")
                .param(version)
                .query((row, number) -> new StoredFile(row.getString("path"), row.getString("sha256"), row.getInt("size_bytes")))
                .list();
    }

    private static final String ACTIVATIONS = """
            select a.id, a.version, a.activated_at, a.activated_by, a.previous_version, a.changes, a.comment, v.rule_count
            from rule_set_activation a join rule_set_version v on v.version = a.version""";

    private Activation activation(ResultSet row, int number) throws SQLException {
        return new Activation(row.getLong("id"), row.getString("version"), Timestamps.fromColumn(row, "activated_at"),
                ActivatedBy.valueOf(row.getString("activated_by")), row.getString("previous_version"),
                read(row.getString("changes"), CHANGES), row.getString("comment"), row.getInt("rule_count"));
    }


    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored value cannot be read", e);
        }
    }

    /**
     * The full version a prefix names, so people can write the first 12 characters as shown in reports. Empty when no
     * version or several start with it.
     */
    public Optional<String> resolve(String versionOrPrefix) {
        if (!versionOrPrefix.matches("[0-9a-f]{6,64}")) {
            return Optional.empty();
        }
        List<String> matches = jdbc.sql("select version from rule_set_version where version like ? order by version")
                .param(versionOrPrefix + "%").query(String.class).list();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** For tests and tools: every stored version, oldest first. */
    public List<String> versions() {
        return new ArrayList<>(jdbc.sql("select version from rule_set_version order by first_seen_at, version").query(String.class).list());
    }
}
