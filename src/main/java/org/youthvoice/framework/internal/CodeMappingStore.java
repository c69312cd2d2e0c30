package org.youthvoice.framework.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.youthvoice.framework.CodeMapping;

/** Old codes read as new ones. A mapping is never changed, only added. */
@Component
public class CodeMappingStore {

    private final JdbcClient jdbc;

    CodeMappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String oldCode, String newCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM code_mapping WHERE old_code = ? AND new_code = ?)")
                .params(oldCode, newCode).query(Boolean.class).single();
    }

    public void add(String oldCode, String newCode, LocalDateTime createdAt, String createdBy) {
        jdbc.sql("INSERT INTO code_mapping (old_code, new_code, created_at, created_by) VALUES (?, ?, ?, ?)")
                .params(oldCode, newCode, createdAt, createdBy).update();
    }

    public List<CodeMapping> all() {
        return jdbc.sql("SELECT old_code, new_code FROM code_mapping ORDER BY old_code, new_code")
                .query(CodeMapping.class).list();
    }

    /** The codes {@code oldCode} is mapped onto directly. */
    public List<String> targets(String oldCode) {
        return jdbc.sql("SELECT new_code FROM code_mapping WHERE old_code = ? ORDER BY new_code").param(oldCode)
                .query(String.class).list();
    }
}
