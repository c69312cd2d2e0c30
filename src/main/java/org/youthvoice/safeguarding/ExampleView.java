package org.youthvoice.safeguarding;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An example statement for screening by meaning, as leads see it; harmless when category and severity are null. */
public record ExampleView(long id, @Nullable Category category, @Nullable Severity severity, String text,
        boolean starter, boolean active, String addedBy, LocalDateTime addedAt) {
}
