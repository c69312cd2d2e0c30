package org.youthvoice.insight;

import java.util.List;

/** Every priority of a framework, each followed by its outcomes, with how much evidence each has. */
public record EvidenceOverview(String frameworkCode, String frameworkTitle, boolean retired,
        List<EvidenceAmounts> rows) {

    public EvidenceOverview {
        rows = List.copyOf(rows);
    }
}
