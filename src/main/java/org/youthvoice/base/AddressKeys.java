package org.youthvoice.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.youthvoice.base.internal.InstallSecretStore;

/**
 * Network addresses as keyed hashes (HMAC-SHA256), so the throttles can count an address without keeping it. A plain
 * hash of an IPv4 address is reversed by hashing all four billion of them; this one needs the install's secret. The
 * secret is made on first use, kept in {@code install_secret} so every node counts alike, and never leaves the
 * database (design note 0021).
 */
@Component
public class AddressKeys {

    static final String SECRET_NAME = "address-key";
    private static final String ALGORITHM = "HmacSHA256";

    private final InstallSecretStore secrets;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    private volatile @Nullable SecretKeySpec secret;

    AddressKeys(InstallSecretStore secrets, PlatformTransactionManager transactions) {
        this.secrets = secrets;
        // Made apart from the caller's transaction: a refusal that rolls that back must not lose the secret.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reads (or makes) the secret as the app starts, before any request. Made lazily by the first request, it took a
     * second connection while that request held one in its own transaction, and requests starting at the same moment
     * waited on it holding theirs: with as many as the pool has, none could go on until the pool's wait ran out (seen
     * as 503s when hundreds of young people started a survey at once).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void loadAtStart() {
        secret();
    }

    /** The key for {@code address} in one use ("login", "code"): the same all through an install, 64 hex digits. */
    public String of(String use, String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret());
            return HexFormat.of().formatHex(mac.doFinal((use + "\n" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec secret() {
        SecretKeySpec known = secret;
        if (known == null) {
            synchronized (this) {
                known = secret;
                if (known == null) {
                    known = load();
                    secret = known;
                }
            }
        }
        return known;
    }

    /** The install's secret; the first node to ask makes it, and one made at the same moment by another is dropped. */
    private SecretKeySpec load() {
        byte[] bytes = ownTransaction.execute(status -> {
            byte[] made = new byte[32];
            random.nextBytes(made);
            secrets.addIfAbsent(SECRET_NAME, made);
            return secrets.get(SECRET_NAME);
        });
        if (bytes == null || bytes.length < 32) {
            throw new IllegalStateException("The install's address secret is missing or too short");
        }
        return new SecretKeySpec(bytes, ALGORITHM);
    }
}
