package org.judgementsupport.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.judgementsupport.evidence.PlainText;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a user's roles and name from a token of the organisation's sign-in provider: roles from the configured
 * claim (a list, or one string separated by spaces or commas; a dotted path reaches into nested claims), the name
 * from the configured claim or the subject.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    /** As long as the record keeps a user's name (recorded_by, actor, submitted_by). */
    static final int MAX_NAME = 200;

    private final String rolesClaim;
    private final String usernameClaim;

    JwtRoles(SecuritySettings settings) {
        this.rolesClaim = settings.rolesClaim();
        this.usernameClaim = settings.usernameClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<SimpleGrantedAuthority> authorities = values(claim(jwt.getClaims(), rolesClaim)).stream()
                .map(Role::named).flatMap(Optional::stream).distinct()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        String name = Optional.ofNullable(jwt.getClaimAsString(usernameClaim)).filter(text -> !text.isBlank()).orElse(jwt.getSubject());
        // The name is written into every judgement and rule change the user makes: it must fit there and read as it is.
        if (name == null || name.length() > MAX_NAME || PlainText.problem(name).isPresent()) {
            throw new InvalidBearerTokenException("the token's user name (claim '" + usernameClaim + "', or the subject) must be plain text of 1 to "
                    + MAX_NAME + " characters");
        }
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(part -> !part.isBlank()).toList();
        }
        return List.of();
    }
}
