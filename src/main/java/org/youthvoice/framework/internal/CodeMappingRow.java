package org.youthvoice.framework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

@Entity
@Table(name = "code_mapping")
@IdClass(CodeMappingRow.Key.class)
public class CodeMappingRow {

    @Id
    @Column(name = "old_code")
    private String oldCode = "";

    @Id
    @Column(name = "new_code")
    private String newCode = "";

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now();

    @Column(name = "created_by")
    private String createdBy = "";

    protected CodeMappingRow() {
    }

    public CodeMappingRow(String oldCode, String newCode, LocalDateTime createdAt, String createdBy) {
        this.oldCode = oldCode;
        this.newCode = newCode;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String oldCode() {
        return oldCode;
    }

    public String newCode() {
        return newCode;
    }

    public record Key(String oldCode, String newCode) implements Serializable {
        public Key() {
            this("", "");
        }
    }
}
