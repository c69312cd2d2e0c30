package org.youthvoice.actions;

public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE
}
