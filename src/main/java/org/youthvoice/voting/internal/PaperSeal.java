package org.youthvoice.voting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals a secret ballot's paper while it waits in the pool, so that someone who reads the database while a vote runs
 * (or copies its files) sees that a paper waits, never what it says. The key is kept outside the database: from
 * {@code youthvoice.ballot-key} (base64, 32 bytes; every app node must have the same one), or else from a file made
 * at first start ({@code youthvoice.ballot-key-file}, by default {@code ~/.youthvoice/ballot-key}, readable by its
 * owner only). Every sealed paper has the same length, so neither can its length say how many options were marked.
 */
@Component
public class PaperSeal {

    /** Longest paper: on-paper flag, a group code, up to 1,000 characters of marks, and separators. */
    static final int PLAIN_LENGTH = 1040;
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    PaperSeal(@Value("${youthvoice.ballot-key:}") String configured,
            @Value("${youthvoice.ballot-key-file:${user.home}/.youthvoice/ballot-key}") Path file) {
        this.key = new SecretKeySpec(configured.isBlank() ? fromFile(file) : decode(configured), "AES");
    }

    PaperSeal(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A paper as it waits: what it says, padded to one length, encrypted with a fresh nonce. */
    byte[] seal(Waiting paper) {
        byte[] text = paper.text().getBytes(StandardCharsets.UTF_8);
        if (text.length + 2 > PLAIN_LENGTH) {
            throw new IllegalArgumentException("ballot paper too long to seal");
        }
        var plain = ByteBuffer.allocate(PLAIN_LENGTH).putShort((short) text.length).put(text).array();
        byte[] iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            return ByteBuffer.allocate(IV_LENGTH + PLAIN_LENGTH + TAG_BITS / 8).put(iv).put(cipher.doFinal(plain))
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a ballot paper", e);
        }
    }

    /**
     * Opens a sealed paper. A paper sealed with another key (an app node set up with a different
     * {@code youthvoice.ballot-key}) stops the count rather than being left out of it.
     */
    Waiting open(byte[] sealed) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_LENGTH));
            var plain = ByteBuffer.wrap(cipher.doFinal(sealed, IV_LENGTH, sealed.length - IV_LENGTH));
            byte[] text = new byte[plain.getShort()];
            plain.get(text);
            return Waiting.of(new String(text, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A waiting ballot paper cannot be opened with this node's ballot key: "
                    + "every node needs the same youthvoice.ballot-key", e);
        }
    }

    private static byte[] decode(String configured) {
        byte[] bytes = Base64.getDecoder().decode(configured.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("youthvoice.ballot-key must be 32 bytes in base64");
        }
        return bytes;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // Made beside it and moved into place, so a second start never reads a half-written key.
                Path made = Files.createTempFile(file.toAbsolutePath().getParent(), "ballot-key", ".new");
                try {
                    try {
                        Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the user's own folder keeps it private enough.
                    }
                    Files.writeString(made, Base64.getEncoder().encodeToString(fresh));
                    Files.createLink(file, made);   // fails, never replaces, if it exists
                } catch (FileAlreadyExistsException madeByAnotherStart) {
                    // read below
                } finally {
                    Files.deleteIfExists(made);
                }
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the ballot key at " + file, e);
        }
    }

    /**
     * A waiting paper's content: as a {@code ballot_paper} row would hold it, without an id.
     *
     * @param groupCode the group code of a city-wide vote, or null
     */
    public record Waiting(boolean onPaper, @Nullable String groupCode, String marks) {

        String text() {
            return (onPaper ? "P" : "O") + (groupCode == null ? "" : groupCode) + "\n" + marks;
        }

        static Waiting of(String text) {
            int newline = text.indexOf('\n');
            String group = text.substring(1, newline);
            return new Waiting(text.charAt(0) == 'P', group.isEmpty() ? null : group, text.substring(newline + 1));
        }
    }
}
