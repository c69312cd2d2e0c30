package org.youthvoice.framework.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as {@link FrameworkStore} read it. The {@code with…} methods give the plan as it would be after a change;
 * the store writes it, refused if someone else changed the plan since {@code version} was read.
 */
public record Framework(long id, String code, String title, @Nullable String source, @Nullable String vision,
        @Nullable String note, boolean retired, int revision, LocalDateTime updatedAt, long version,
        List<String> statements) {

    public Framework {
        statements = List.copyOf(statements);
    }

    public Framework withDetails(String title, @Nullable String source, @Nullable String vision,
            @Nullable String note, boolean retired, List<String> statements) {
        return new Framework(id, code, title, source, vision, note, retired, revision, updatedAt, version, statements);
    }

    public Framework withRetired(boolean retired) {
        return new Framework(id, code, title, source, vision, note, retired, revision, updatedAt, version, statements);
    }

    /** The next revision: readers see that the plan changed, and when. */
    public Framework touched(LocalDateTime now) {
        return new Framework(id, code, title, source, vision, note, retired, revision + 1, now, version, statements);
    }
}
