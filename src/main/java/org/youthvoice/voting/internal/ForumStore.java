package org.youthvoice.voting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Forums and their members. */
@Component
public class ForumStore {

    private final JdbcClient jdbc;

    ForumStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long forumId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum WHERE id = ?").param(forumId).query(Integer.class).single() > 0;
    }

    public boolean isMember(long forumId, long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_member WHERE forum_id = ? AND member_id = ?")
                .params(forumId, memberId).query(Integer.class).single() > 0;
    }
}
