package org.youthvoice.framework;

import java.util.List;

/** A priority, outcome or cross-cutting theme: something findings can be tagged to. */
public record TagNode(String code, String title, NodeKind kind, boolean removed, List<String> measures,
        List<TagNode> children) {
}
