package org.youthvoice.help.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The help lines ({@code help_line}), in the order young people see them. */
@Component
public class HelpLineStore {

    private final JdbcClient jdbc;

    HelpLineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In order of position, then as added. */
    public List<HelpLineView> all() {
        return jdbc.sql("SELECT id, name, phone, url, description, position FROM help_line ORDER BY position, id")
                .query((rs, n) -> new HelpLineView(rs.getLong("id"), rs.getString("name"), rs.getString("phone"),
                        rs.getString("url"), rs.getString("description"), rs.getInt("position")))
                .list();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM help_line").query(Integer.class).single();
    }

    /** A new help line, after the others. */
    public void addLast(String name, @Nullable String phone, @Nullable String url, String description) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM help_line").query(Integer.class).single();
        jdbc.sql("INSERT INTO help_line (name, phone, url, description, position) VALUES (?, ?, ?, ?, ?)")
                .params(name, phone, url, description, position).update();
    }

    /** Changes the words, keeping the position. */
    public void change(long id, String name, @Nullable String phone, @Nullable String url, String description) {
        jdbc.sql("UPDATE help_line SET name = ?, phone = ?, url = ?, description = ? WHERE id = ?")
                .params(name, phone, url, description, id).update();
    }

    public void remove(long id) {
        jdbc.sql("DELETE FROM help_line WHERE id = ?").param(id).update();
    }
}
