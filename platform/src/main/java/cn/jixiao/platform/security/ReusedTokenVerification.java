package cn.jixiao.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Verifies each distinct bearer token once and reuses the verified principal for later requests with the very same
 * token, until the token expires and at most {@link #MAX_REUSE}. A finance system pushes thousands of payments with
 * one token; checking its RSA signature on every request was the largest cost of ingesting a single payment (a JFR
 * profile under deploy/bench showed 38 % of budget-service's CPU in {@code BigInteger.modPow}).
 *
 * <p>Entries are keyed by the exact token text and by the verification settings they were checked with, so a token
 * that differs in one byte is verified anew, and a refused token is never remembered. The number of entries is
 * bounded; when full, expired entries are dropped first and then the whole map.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ReusedTokenVerification extends JWTCallerPrincipalFactory {

    static final Duration MAX_REUSE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 512;

    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo settings, Instant reuseUntil) {
    }

    private final JWTCallerPrincipalFactory verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    public ReusedTokenVerification() {
        this(new DefaultJWTCallerPrincipalFactory(), Clock.systemUTC());
    }

    ReusedTokenVerification(JWTCallerPrincipalFactory verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && known.settings() == settings && now.isBefore(known.reuseUntil())) {
            return known.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, settings);
        Instant reuseUntil = now.plus(MAX_REUSE);
        if (principal.getExpirationTime() > 0) {
            Instant expires = Instant.ofEpochSecond(principal.getExpirationTime());
            reuseUntil = expires.isBefore(reuseUntil) ? expires : reuseUntil;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> !now.isBefore(entry.reuseUntil()));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(principal, settings, reuseUntil));
        return principal;
    }

    int size() {
        return verified.size();
    }
}
