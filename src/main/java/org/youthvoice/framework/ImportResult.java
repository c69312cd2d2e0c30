package org.youthvoice.framework;

import java.util.List;

/** What an import changed. */
public record ImportResult(List<String> created, List<String> updated, int nodesAdded, int nodesRemoved) {
}
