package org.youthvoice.base.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The install's secrets by name, made once and never changed; they never leave the database but to this app. */
@Component
public class InstallSecretStore {

    private final JdbcClient jdbc;

    public InstallSecretStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code secret} under {@code name} unless there is one already (made at the same moment elsewhere). */
    public void addIfAbsent(String name, byte[] secret) {
        jdbc.sql("INSERT IGNORE INTO install_secret (name, secret) VALUES (?, ?)").params(name, secret).update();
    }

    /** The secret kept under {@code name}; fails if there is none. */
    public byte[] get(String name) {
        return jdbc.sql("SELECT secret FROM install_secret WHERE name = ?").param(name)
                .query((rs, n) -> rs.getBytes("secret")).single();
    }
}
