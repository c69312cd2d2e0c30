package org.youthvoice.framework.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "framework")
public class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code = "";
    private String title = "";
    private @Nullable String source;
    private @Nullable String vision;
    private @Nullable String note;
    private boolean retired;
    private int revision = 1;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt = LocalDateTime.now();

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "framework_statement", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> statements = new ArrayList<>();

    protected Framework() {
    }

    public Framework(String code, String title, LocalDateTime now) {
        this.code = code;
        this.title = title;
        this.updatedAt = now;
    }

    public Long id() {
        return Objects.requireNonNull(id);
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public @Nullable String source() {
        return source;
    }

    public @Nullable String vision() {
        return vision;
    }

    public @Nullable String note() {
        return note;
    }

    public boolean retired() {
        return retired;
    }

    public int revision() {
        return revision;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** Applies new details; returns true when anything changed. */
    public boolean update(String title, @Nullable String source, @Nullable String vision, @Nullable String note,
            boolean retired, List<String> statements) {
        boolean changed = !this.title.equals(title) || !Objects.equals(this.source, source)
                || !Objects.equals(this.vision, vision) || !Objects.equals(this.note, note) || this.retired != retired
                || !this.statements.equals(statements);
        this.title = title;
        this.source = source;
        this.vision = vision;
        this.note = note;
        this.retired = retired;
        if (!this.statements.equals(statements)) {
            this.statements.clear();
            this.statements.addAll(statements);
        }
        return changed;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void touch(LocalDateTime now) {
        this.revision++;
        this.updatedAt = now;
    }
}
