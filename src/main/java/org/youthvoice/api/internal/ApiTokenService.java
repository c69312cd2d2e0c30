package org.youthvoice.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.ForReaders;

/**
 * Staff members' own API tokens: made, listed and revoked by their owner only. A token is 32 random bytes, so a plain
 * SHA-256 of it is enough to store (nobody can guess their way back from the hash); the token itself is shown once.
 */
@Service
public class ApiTokenService {
    static final String PREFIX = "yv_";
    static final int MOST_PER_PERSON = 20;

    private final ApiTokenStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @ForReaders
    @Transactional
    public NewApiToken create(String name, @Nullable LocalDate expiresOn) {
        String owner = currentUser();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new UserFacingException("apiTokens.error.name");
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("apiTokens.error.expiry");
        }
        long existing = store.countOf(owner);
        if (existing >= MOST_PER_PERSON) {
            throw new UserFacingException("apiTokens.error.tooMany");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = LocalDateTime.now(clock).withNano(0);
        long id = store.add(owner, trimmed, hash(secret), now, expiresOn);
        audit.record("api.token.created", "api_token", String.valueOf(id),
                "\"" + trimmed + "\"" + (expiresOn == null ? ", no expiry" : ", expires " + expiresOn));
        return new NewApiToken(new ApiToken(id, trimmed, now, expiresOn, null), secret);
    }

    /** The signed-in person's own tokens, newest first. */
    @ForReaders
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return store.of(currentUser());
    }

    /** Revokes one of the signed-in person's own tokens: programs using it are refused from the next call. */
    @ForReaders
    @Transactional
    public void revoke(long tokenId) {
        if (!store.remove(tokenId, currentUser())) {
            throw new UserFacingException("apiTokens.error.notFound");
        }
        audit.record("api.token.revoked", "api_token", String.valueOf(tokenId), null);
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** SHA-256 in hex, as stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
