package org.youthvoice.framework.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.framework.NodeKind;

/** A framework read from a file, checked but not yet stored. */
public record ParsedFramework(int line, String code, String title, @Nullable String source, @Nullable String vision,
        @Nullable String note, boolean retired, List<ParsedNode> nodes, List<String> statements) {

    /** Nodes in file order; {@code parentCode} is null for priorities and cross-cutting themes. */
    public record ParsedNode(int line, NodeKind kind, String code, String title, @Nullable String parentCode,
            List<String> measures) {
    }
}
