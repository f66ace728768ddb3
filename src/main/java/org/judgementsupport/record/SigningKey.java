package org.judgementsupport.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 key pair that signs checkpoints, read from a PEM file holding a {@code PRIVATE KEY} and a {@code PUBLIC
 * KEY} block — what {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout} write. Java's own
 * EdDSA does the signing; nothing here is hand-made cryptography.
 */
final class SigningKey {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN (PRIVATE KEY|PUBLIC KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    /** A key file is a few hundred bytes; anything much larger is not one. */
    private static final long LARGEST_KEY_FILE = 16 * 1024;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyIdOf(publicKey);
    }

    /** Reads the key file; makes one first when there is none and that is allowed. */
    static SigningKey open(Path file, boolean generate) {
        if (file == null) {
            throw new IllegalStateException("No checkpoint signing key is configured: set judgement-support.record.checkpoints.key-file");
        }
        try {
            if (!Files.exists(file)) {
                if (!generate) {
                    throw new IllegalStateException("The checkpoint signing key " + file + " does not exist. Make one with: openssl genpkey -algorithm ed25519 -out "
                            + file + " && openssl pkey -in " + file + " -pubout >> " + file);
                }
                return generate(file);
            }
            if (Files.size(file) > LARGEST_KEY_FILE) {
                throw new IllegalStateException("The checkpoint signing key " + file + " is too large to be an Ed25519 key file");
            }
            return read(file, Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint signing key " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static SigningKey read(Path file, String pem) throws GeneralSecurityException {
        PrivateKey privateKey = null;
        PublicKey publicKey = null;
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            if (block.group(1).equals("PRIVATE KEY")) {
                privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(der));
            } else {
                publicKey = keys.generatePublic(new X509EncodedKeySpec(der));
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalStateException("The checkpoint signing key " + file + " must hold an Ed25519 PRIVATE KEY and its PUBLIC KEY in PEM; add the public key with: "
                    + "openssl pkey -in " + file + " -pubout >> " + file);
        }
        SigningKey key = new SigningKey(privateKey, publicKey);
        byte[] probe = "a pair?".getBytes(StandardCharsets.US_ASCII);
        if (!key.verifies(probe, key.sign(probe))) {
            throw new IllegalStateException("The public key in " + file + " is not the private key's");
        }
        return key;
    }

    private static SigningKey generate(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(partial);
        }
        Files.writeString(partial, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(partial, file);
        return new SigningKey(pair.getPrivate(), pair.getPublic());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The public key in a PEM file: a PUBLIC KEY block, alone or beside the private key. */
    static PublicKey readPublicKey(Path file) {
        try {
            if (Files.size(file) > LARGEST_KEY_FILE) {
                throw new IllegalStateException(file + " is too large to be an Ed25519 key file");
            }
            Matcher block = BLOCK.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            while (block.find()) {
                if (block.group(1).equals("PUBLIC KEY")) {
                    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(block.group(2))));
                }
            }
            throw new IllegalStateException(file + " holds no PUBLIC KEY block");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(file + " cannot be read as an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    static String keyIdOf(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String sign(byte[] text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(text);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing a checkpoint failed", e);
        }
    }

    boolean verifies(byte[] text, String signature) {
        return verifies(publicKey, text, signature);
    }

    static boolean verifies(PublicKey key, byte[] text, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(text);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
            return false;
        }
    }

    String keyId() {
        return keyId;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as PEM, for anyone who wants to check checkpoints outside the service. */
    String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }
}
