package org.youthvoice.framework;

import java.time.LocalDateTime;

public record FrameworkSummary(String code, String title, boolean retired, int revision, long priorities,
        long outcomes, LocalDateTime updatedAt) {
}
