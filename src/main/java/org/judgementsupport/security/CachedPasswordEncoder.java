package org.judgementsupport.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt, made affordable for an API that is sent the password with every request: a password that matched its hash
 * is remembered for a few minutes, keyed by a SHA-256 of the hash and the password, so bcrypt's deliberate slowness
 * (tens of milliseconds) is paid once per client session rather than per request. A wrong password is remembered the
 * same way, so a client retrying it over and over (a script with an old password) costs a hash, not a bcrypt, each
 * time. Changing a password changes the stored hash, and with it every key: nothing remembered outlives it.
 */
final class CachedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Cache<String, Boolean> verified;

    CachedPasswordEncoder(PasswordEncoder encoder, Duration remembered) {
        this.encoder = encoder;
        this.verified = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(10_000).build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !PasswordRules.checkable(rawPassword)) {
            // Longer than bcrypt reads: no stored password can be that long, and bcrypt would refuse it with an error.
            return false;
        }
        String key = digest(encodedPassword, rawPassword);
        Boolean known = verified.getIfPresent(key);
        if (known != null) {
            return known;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        verified.put(key, matches);
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private static String digest(String encodedPassword, CharSequence rawPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
