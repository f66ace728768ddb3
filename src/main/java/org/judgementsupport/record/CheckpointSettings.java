package org.judgementsupport.record;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the chain's head is signed ({@link ChainCheckpoints}).
 *
 * @param keyFile     the Ed25519 signing key: a PEM file holding the private key (PKCS#8) and its public key. It lives
 *                    outside the database on purpose: whoever can write to the database must not be able to sign
 * @param generateKey make the key at {@code keyFile} when there is none, printing its public key; for the embedded
 *                    default only: an installation that shares a database names a key it made itself
 * @param every       how often the head is signed when it has moved; a checkpoint can also be asked for at any time
 */
@ConfigurationProperties("judgement-support.record.checkpoints")
public record CheckpointSettings(Path keyFile, @DefaultValue("false") boolean generateKey, @DefaultValue("10m") Duration every) {
}
