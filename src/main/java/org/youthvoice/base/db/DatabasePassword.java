package org.youthvoice.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded server's root password: made at install from a secure random source, kept in a file only its owner can
 * read, beside the server's data, and reused at every later start.
 */
final class DatabasePassword {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DatabasePassword() {
    }

    /** The password in {@code file}, made first if the file does not exist; the file is left owner-only. */
    static String readOrMake(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    writeOwnerOnly(file, made);
                } catch (FileAlreadyExistsException raced) {
                    // Another start made it a moment ago: use that one.
                }
            }
            ownerOnly(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!password.matches("[A-Za-z0-9_-]{20,}")) {
                throw new IllegalStateException("The embedded database password in " + file + " is not one this app "
                        + "made. Delete the embedded database folder to start afresh.");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the embedded database password in " + file, e);
        }
    }

    /** Writes a new file that only its owner can read, with no moment in which others could. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** What MariaDB stores for {@code mysql_native_password}, so the plain password is never written to a SQL file. */
    static String nativeHash(String password) {
        try {
            var sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().formatHex(sha1.digest(once)).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Run by the server as it starts, before it takes connections: root gets the password (and only the password:
     * no empty one, no socket login), anonymous accounts and the open {@code test} database go. Idempotent, so a
     * folder made by an older version (which ran without grant checks) is put right at its next start.
     */
    static String initSql(String password) {
        return """
                DELETE FROM mysql.global_priv WHERE User = '';
                DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%%');
                DROP DATABASE IF EXISTS test;
                FLUSH PRIVILEGES;
                CREATE USER IF NOT EXISTS 'root'@'localhost';
                ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING '%s';
                GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;
                """.formatted(nativeHash(password));
    }
}
