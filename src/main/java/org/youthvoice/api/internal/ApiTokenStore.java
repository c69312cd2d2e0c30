package org.youthvoice.api.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Staff members' API tokens ({@code api_token}), kept as the SHA-256 of the token, never the token itself. */
@Component
public class ApiTokenStore {

    /** A token found by its hash: whose it is, until when, and when it was last used. */
    public record Held(long id, String username, @Nullable LocalDate expiresOn, @Nullable LocalDateTime lastUsedAt) {
    }

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many tokens the person has. */
    public long countOf(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE username = ?").param(username).query(Long.class)
                .single();
    }

    /** A new token; its id. */
    public long add(String username, String name, String tokenHash, LocalDateTime createdAt,
            @Nullable LocalDate expiresOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_token (username, name, token_hash, created_at, expires_on) VALUES (?, ?, ?, ?, ?)")
                .params(username, name, tokenHash, createdAt, expiresOn).update(keys);
        return keys.getKey().longValue();
    }

    /** The person's tokens, newest first. */
    public List<ApiToken> of(String username) {
        return jdbc.sql("SELECT id, name, created_at, expires_on, last_used_at FROM api_token WHERE username = ? "
                + "ORDER BY id DESC").param(username)
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("created_at", LocalDateTime.class), rs.getObject("expires_on", LocalDate.class),
                        rs.getObject("last_used_at", LocalDateTime.class)))
                .list();
    }

    /** Removes the token if it is this person's; false if they have no such token. */
    public boolean remove(long id, String username) {
        return jdbc.sql("DELETE FROM api_token WHERE id = ? AND username = ?").params(id, username).update() > 0;
    }

    public Optional<Held> byHash(String tokenHash) {
        return jdbc.sql("SELECT id, username, expires_on, last_used_at FROM api_token WHERE token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getString("username"),
                        rs.getObject("expires_on", LocalDate.class), rs.getObject("last_used_at", LocalDateTime.class)))
                .optional();
    }

    public void markUsed(long id, LocalDateTime at) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(at, id).update();
    }
}
