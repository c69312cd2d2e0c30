package org.youthvoice.insight;

import java.util.List;

/** Texts holding any of these words or phrases get the code (origin RULE), as they arrive or when applied to all. */
public record KeywordRule(long id, String code, List<String> words) {
}
