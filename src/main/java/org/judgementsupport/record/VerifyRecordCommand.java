package org.judgementsupport.record;

import ch.qos.logback.classic.Level;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks the judgement record from outside the service: walks the hash chain in the database and checks it against
 * every signed checkpoint with a public key the auditor holds, never one the database could have supplied. Exits 0
 * when the chain is whole and agrees with every checkpoint, 1 when it does not (naming the first record or checkpoint
 * at fault), 2 when the database or key cannot be read.
 *
 * <pre>
 *   ./verify-record [--public-key FILE]
 * </pre>
 *
 * <p>The database is the one the service uses: the embedded one under {@code ./data} (stop the service first: it holds
 * the file), or PostgreSQL named by {@code JUDGEMENT_SUPPORT_DB_URL}, {@code _USER} and {@code _PASSWORD}. The key
 * defaults to the public key in {@code ./data/checkpoint-signing-key.pem}.
 */
public final class VerifyRecordCommand {

    private VerifyRecordCommand() {
    }

    public static void main(String[] arguments) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        System.exit(run(arguments, System.getenv(), System.out));
    }

    static int run(String[] arguments, Map<String, String> environment, PrintStream out) {
        Path keyFile = Path.of("data", "checkpoint-signing-key.pem");
        for (int index = 0; index < arguments.length; index++) {
            if (arguments[index].equals("--public-key") && index + 1 < arguments.length) {
                keyFile = Path.of(arguments[++index]);
            } else {
                out.println("Usage: ./verify-record [--public-key FILE]");
                return 2;
            }
        }
        if (!Files.isRegularFile(keyFile)) {
            out.println("No public key at " + keyFile + ": give the checkpoint key's public half with --public-key FILE");
            return 2;
        }
        PublicKey key;
        try {
            key = SigningKey.readPublicKey(keyFile);
        } catch (IllegalStateException unreadable) {
            out.println(unreadable.getMessage());
            return 2;
        }
        String url = environment.getOrDefault("JUDGEMENT_SUPPORT_DB_URL",
                "jdbc:h2:file:./data/judgement-support;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE");
        DriverManagerDataSource database = new DriverManagerDataSource(url, environment.getOrDefault("JUDGEMENT_SUPPORT_DB_USER", "sa"),
                environment.getOrDefault("JUDGEMENT_SUPPORT_DB_PASSWORD", ""));
        JdbcClient jdbc = JdbcClient.create(database);
        JudgementRecords records = new JudgementRecords(jdbc, Clock.systemUTC(), new DataSourceTransactionManager(database));
        try {
            ChainVerification verification = new HashChain(records, new HeldKey(jdbc, key)).verify();
            if (verification instanceof ChainVerification.Intact intact) {
                out.printf("The judgement record is whole: %d records, agreeing with %d signed checkpoint(s) of key %s.%n", intact.records(),
                        intact.checkpoints(), SigningKey.keyIdOf(key));
                return 0;
            }
            ChainVerification.Broken broken = (ChainVerification.Broken) verification;
            out.printf("The judgement record is NOT whole: record %d%s: %s.%n", broken.firstBrokenSequence(),
                    broken.firstBrokenId() == null ? "" : " (" + broken.firstBrokenId() + ")", broken.reason());
            if (broken.contradictedCheckpoint() != null) {
                out.printf("First checkpoint contradicted: record %d, signed %s.%n", broken.contradictedCheckpoint().sequenceNumber(),
                        broken.contradictedCheckpoint().signedAt());
            }
            return 1;
        } catch (RuntimeException unreadable) {
            out.println("The judgement record cannot be read from " + url.replaceAll("password=[^;&]*", "password=…") + ": " + unreadable.getMessage());
            return 2;
        } finally {
            records.stopAppending();
        }
    }

    /** Checkpoints from the database, checked with a key from outside it. */
    private record HeldKey(JdbcClient jdbc, PublicKey key) implements CheckpointCheck {

        @Override
        public List<Checkpoint> all() {
            return ChainCheckpoints.stored(jdbc);
        }

        @Override
        public boolean signatureHolds(Checkpoint checkpoint) {
            return checkpoint.keyId().equals(SigningKey.keyIdOf(key)) && SigningKey.verifies(key, checkpoint.signedBytes(), checkpoint.signature());
        }
    }
}
