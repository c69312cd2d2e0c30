package org.youthvoice.framework;

public enum NodeKind {
    PRIORITY, OUTCOME, CROSS_CUTTING
}
