package cn.jixiao.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/** Real RS256 tokens checked by SmallRye's own verifier, counted, with a clock the test moves. */
class ReusedTokenVerificationTest {

    private static final String ISSUER = "jixiao-test";
    private static KeyPair keys;
    private static KeyPair otherKeys;

    private final AtomicInteger verifications = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final ReusedTokenVerification factory = new ReusedTokenVerification(new CountingVerifier(), clock);
    private final JWTAuthContextInfo settings = new JWTAuthContextInfo(keys.getPublic(), ISSUER);

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
    }

    @Test
    void theSameTokenIsVerifiedOnceAndItsPrincipalReused() throws Exception {
        String token = token(keys, "finance-system", Duration.ofHours(1));
        JWTCallerPrincipal first = factory.parse(token, settings);
        JWTCallerPrincipal second = factory.parse(token, settings);
        assertSame(first, second);
        assertEquals("finance-system", second.getName());
        assertEquals(1, verifications.get());
    }

    @Test
    void aForgedTokenIsRefusedEveryTimeEvenBesideAVerifiedOne() throws Exception {
        String genuine = token(keys, "finance-system", Duration.ofHours(1));
        factory.parse(genuine, settings);
        String forged = token(otherKeys, "finance-system", Duration.ofHours(1));
        assertThrows(ParseException.class, () -> factory.parse(forged, settings));
        assertThrows(ParseException.class, () -> factory.parse(forged, settings));
        String tampered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");
        assertThrows(ParseException.class, () -> factory.parse(tampered, settings));
        assertEquals(4, verifications.get());
        assertEquals(1, factory.size());
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsReuseTimeHasPassed() throws Exception {
        String token = token(keys, "department:441422001", Duration.ofHours(1));
        factory.parse(token, settings);
        clock.advance(ReusedTokenVerification.MAX_REUSE.minusSeconds(1));
        factory.parse(token, settings);
        assertEquals(1, verifications.get());
        clock.advance(Duration.ofSeconds(2));
        factory.parse(token, settings);
        assertEquals(2, verifications.get());
    }

    @Test
    void aTokenIsNotReusedPastItsExpiry() throws Exception {
        String token = token(keys, "finance-bureau", Duration.ofSeconds(90));
        factory.parse(token, settings);
        clock.advance(Duration.ofSeconds(91));
        // SmallRye checks expiry with the real clock, so it still accepts; what matters is that it was asked again
        factory.parse(token, settings);
        assertEquals(2, verifications.get());
    }

    @Test
    void otherVerificationSettingsVerifyAgain() throws Exception {
        String token = token(keys, "finance-system", Duration.ofHours(1));
        factory.parse(token, settings);
        JWTAuthContextInfo otherSettings = new JWTAuthContextInfo(otherKeys.getPublic(), ISSUER);
        assertThrows(ParseException.class, () -> factory.parse(token, otherSettings));
        assertEquals(2, verifications.get());
    }

    @Test
    void theNumberOfRememberedTokensIsBounded() throws Exception {
        for (int i = 0; i < ReusedTokenVerification.MAX_ENTRIES + 100; i++) {
            factory.parse(token(keys, "department:" + (100000 + i), Duration.ofHours(1)), settings);
            assertTrue(factory.size() <= ReusedTokenVerification.MAX_ENTRIES, "entries: " + factory.size());
        }
    }

    private static String token(KeyPair signer, String subject, Duration lifetime) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.getSeconds() / 60f);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signer.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private final class CountingVerifier extends JWTCallerPrincipalFactory {
        private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
            verifications.incrementAndGet();
            return verifier.parse(token, settings);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
