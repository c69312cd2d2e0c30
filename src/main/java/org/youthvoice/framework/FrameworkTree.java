package org.youthvoice.framework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A whole plan: its priorities (with their outcomes), cross-cutting themes and statements. */
public record FrameworkTree(String code, String title, @Nullable String source, @Nullable String vision,
        @Nullable String note, boolean retired, int revision, List<TagNode> nodes, List<String> statements) {
}
