package org.youthvoice.framework.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.youthvoice.framework.NodeKind;

@Entity
@Table(name = "framework_node")
public class FrameworkNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable FrameworkNode parent;

    @Enumerated(EnumType.STRING)
    private NodeKind kind = NodeKind.PRIORITY;

    private String code = "";
    private String title = "";
    private int position;
    private boolean removed;

    @ElementCollection
    @CollectionTable(name = "framework_measure", joinColumns = @JoinColumn(name = "node_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> measures = new ArrayList<>();

    protected FrameworkNode() {
        this.framework = null;
    }

    public FrameworkNode(Framework framework, @Nullable FrameworkNode parent, NodeKind kind, String code, String title,
            int position) {
        this.framework = framework;
        this.parent = parent;
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.position = position;
    }

    public Long id() {
        return Objects.requireNonNull(id);
    }

    public Framework framework() {
        return framework;
    }

    public @Nullable FrameworkNode parent() {
        return parent;
    }

    public NodeKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }

    public boolean removed() {
        return removed;
    }

    public List<String> measures() {
        return List.copyOf(measures);
    }

    /** Applies a node's new shape; returns true when anything changed. */
    public boolean update(@Nullable FrameworkNode parent, NodeKind kind, String title, int position,
            List<String> measures) {
        boolean changed = this.parent != parent || this.kind != kind || !this.title.equals(title)
                || this.position != position || removed || !this.measures.equals(measures);
        this.parent = parent;
        this.kind = kind;
        this.title = title;
        this.position = position;
        this.removed = false;
        if (!this.measures.equals(measures)) {
            this.measures.clear();
            this.measures.addAll(measures);
        }
        return changed;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void markRemoved() {
        this.removed = true;
    }
}
