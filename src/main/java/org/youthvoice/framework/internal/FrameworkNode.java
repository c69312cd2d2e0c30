package org.youthvoice.framework.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.framework.NodeKind;

/**
 * A priority, outcome or cross-cutting theme as {@link FrameworkStore} read it, with the code of the plan it belongs
 * to. Nodes are never deleted: one dropped from a plan is marked removed.
 */
public record FrameworkNode(long id, long frameworkId, String frameworkCode, @Nullable Long parentId, NodeKind kind,
        String code, String title, int position, boolean removed, List<String> measures) {

    public FrameworkNode {
        measures = List.copyOf(measures);
    }

    /** The node as a file or screen now shapes it; a removed node listed again comes back. */
    public FrameworkNode withShape(@Nullable Long parentId, NodeKind kind, String title, int position,
            List<String> measures) {
        return new FrameworkNode(id, frameworkId, frameworkCode, parentId, kind, code, title, position, false,
                measures);
    }

    public FrameworkNode withTitle(String title) {
        return new FrameworkNode(id, frameworkId, frameworkCode, parentId, kind, code, title, position, removed,
                measures);
    }

    public FrameworkNode markedRemoved() {
        return new FrameworkNode(id, frameworkId, frameworkCode, parentId, kind, code, title, position, true,
                measures);
    }
}
