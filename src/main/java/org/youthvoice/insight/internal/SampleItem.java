package org.youthvoice.insight.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One text of a coding sample, with the codes the officer asking gave it (never another coder's). */
public record SampleItem(long textId, int position, @Nullable String text, @Nullable String placeTitle,
        @Nullable String questionText, boolean coded, List<String> myCodes) {
}
