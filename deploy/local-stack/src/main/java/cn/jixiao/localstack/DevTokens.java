package cn.jixiao.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Mints bearer tokens signed with the development key pair kept in this module. The key pair exists for the local run
 * and the tests only: production verifies tokens against the public key or JWKS of the real identity provider.
 *
 * <p>Command line: {@code DevTokens <role> [agencyCode] [--hours N]}, prints the token.
 */
public final class DevTokens {

    public static final String ISSUER = "jixiao-local";
    public static final String AGENCY_CLAIM = "agencyCode";
    public static final String PUBLIC_KEY_RESOURCE = "jixiao-dev-keys/public.pem";
    public static final Set<String> ROLES = Set.of("finance-system", "finance-bureau", "department");
    private static final String PRIVATE_KEY_RESOURCE = "jixiao-dev-keys/private.pem";

    private DevTokens() {
    }

    public static String mint(String role, String agencyCode) {
        return mint(role, agencyCode, Duration.ofHours(12));
    }

    public static String mint(String role, String agencyCode, Duration lifetime) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role + ", expected one of " + ROLES);
        }
        if ("department".equals(role) && (agencyCode == null || agencyCode.isBlank())) {
            throw new IllegalArgumentException("a department token needs an agency code");
        }
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .upn(agencyCode == null ? role : role + ":" + agencyCode)
                .groups(Set.of(role))
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(lifetime);
        if (agencyCode != null && !agencyCode.isBlank()) {
            claims.claim(AGENCY_CLAIM, agencyCode);
        }
        return claims.sign(privateKey());
    }

    /** Signs hand-built claims with the development key: for tests of malformed tokens. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(privateKey());
    }

    public static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(resource(PRIVATE_KEY_RESOURCE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("development private key is unreadable", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-h")) {
            System.err.println("usage: token <finance-system|finance-bureau|department> [agencyCode] [--hours N]");
            System.exit(2);
        }
        String role = args[0];
        String agency = null;
        long hours = 12;
        for (int i = 1; i < args.length; i++) {
            if ("--hours".equals(args[i]) && i + 1 < args.length) {
                hours = Long.parseLong(args[++i]);
            } else {
                agency = args[i];
            }
        }
        try {
            System.out.println(mint(role, agency, Duration.ofHours(hours)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
