package org.judgementsupport.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.judgementsupport.system.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Signed checkpoints of the chain's head, after Certificate Transparency's signed tree heads (RFC 6962): periodically,
 * and whenever asked, the head's place and hash are signed with a key held outside the database and stored beside the
 * chain. The hash chain alone shows tampering only to someone who trusts the database, since whoever can write to it
 * can recompute every hash; a checkpoint cannot be recomputed without the key, so a rewritten chain contradicts it.
 */
@Service
public class ChainCheckpoints implements CheckpointCheck {

    private static final Logger log = LoggerFactory.getLogger(ChainCheckpoints.class);

    private final JdbcClient jdbc;
    private final JudgementRecords records;
    private final Clock clock;
    private final SigningKey key;

    public ChainCheckpoints(JdbcClient jdbc, JudgementRecords records, Clock clock, CheckpointSettings settings) {
        this.jdbc = jdbc;
        this.records = records;
        this.clock = clock;
        boolean existed = settings.keyFile() != null && settings.keyFile().toFile().exists();
        this.key = SigningKey.open(settings.keyFile(), settings.generateKey());
        if (!existed) {
            log.warn("Made a new checkpoint signing key in {}. Keep a copy of its public key outside the service; checkpoints are checked against it:\n{}",
                    settings.keyFile().toAbsolutePath(), key.publicKeyPem());
        } else {
            log.info("Checkpoints of the judgement chain are signed with key {} from {}", key.keyId(), settings.keyFile().toAbsolutePath());
        }
    }

    /**
     * Signs the chain's head, if it moved since the last checkpoint; returns the newest checkpoint either way, or
     * nothing while the chain is empty. Two instances signing the same head at once store one checkpoint.
     */
    public Optional<Checkpoint> signHead() {
        JudgementRecords.ChainHead head = records.head();
        Optional<Checkpoint> newest = newest();
        if (head.sequenceNumber() == 0 || newest.filter(checkpoint -> checkpoint.sequenceNumber() >= head.sequenceNumber()).isPresent()) {
            return newest;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checkpoint unsigned = new Checkpoint(head.sequenceNumber(), head.recordHash(), now, key.keyId(), null);
        Checkpoint signed = new Checkpoint(unsigned.sequenceNumber(), unsigned.recordHash(), now, key.keyId(), key.sign(unsigned.signedBytes()));
        try {
            jdbc.sql("insert into judgement_checkpoint (sequence_number, record_hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)")
                    .params(signed.sequenceNumber(), signed.recordHash(), Timestamps.toColumn(signed.signedAt()), signed.keyId(), signed.signature())
                    .update();
            return Optional.of(signed);
        } catch (DuplicateKeyException anotherInstanceSignedIt) {
            return newest();
        }
    }

    @Scheduled(initialDelayString = "${judgement-support.record.checkpoints.every:10m}", fixedDelayString = "${judgement-support.record.checkpoints.every:10m}")
    void signPeriodically() {
        try {
            signHead();
        } catch (RuntimeException failed) {
            log.error("Signing a checkpoint of the judgement chain failed; the next attempt is at the next interval", failed);
        }
    }

    @Override
    public List<Checkpoint> all() {
        return stored(jdbc);
    }

    /** Every checkpoint stored in the database, oldest first. */
    static List<Checkpoint> stored(JdbcClient jdbc) {
        return jdbc.sql(SELECT + " order by sequence_number").query(ChainCheckpoints::row).list();
    }

    Optional<Checkpoint> newest() {
        return jdbc.sql(SELECT + " order by sequence_number desc limit 1").query(ChainCheckpoints::row).optional();
    }

    @Override
    public boolean signatureHolds(Checkpoint checkpoint) {
        return checkpoint.keyId().equals(key.keyId()) && key.verifies(checkpoint.signedBytes(), checkpoint.signature());
    }

    /** The public key checkpoints are checked against, as PEM, with its id. */
    public PublicKeyText publicKey() {
        return new PublicKeyText(key.keyId(), key.publicKeyPem());
    }

    /** The key anyone may use to check a checkpoint outside the service. */
    public record PublicKeyText(String keyId, String pem) {
    }

    private static final String SELECT = "select sequence_number, record_hash, signed_at, key_id, signature from judgement_checkpoint";

    private static Checkpoint row(ResultSet row, int number) throws SQLException {
        return new Checkpoint(row.getLong("sequence_number"), row.getString("record_hash"), Timestamps.fromColumn(row, "signed_at"),
                row.getString("key_id"), row.getString("signature"));
    }
}
