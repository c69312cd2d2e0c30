package org.youthvoice.insight.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies keyword rules ({@link RuleStore}) in the database ({@link TagStore}): a rule's words and phrases become one
 * regular expression with word edges ({@code \b}), matched by MariaDB's REGEXP (case-insensitive under the table's
 * collation), so a new text and every existing text are matched the same way.
 */
@Component
public class KeywordRules {

    private static final Logger LOG = LoggerFactory.getLogger(KeywordRules.class);

    private final RuleStore rules;
    private final TagStore tags;
    private final Clock clock;

    KeywordRules(RuleStore rules, TagStore tags, Clock clock) {
        this.rules = rules;
        this.tags = tags;
        this.clock = clock;
    }

    /** One phrase a line (commas also split), blanks dropped. */
    public static List<String> words(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\n,;]+")).map(s -> s.strip().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The regular expression for these phrases: each word with its punctuation escaped, spaces as any white space. */
    public static String pattern(List<String> words) {
        return words.stream().map(KeywordRules::phrase).collect(Collectors.joining("|", "\\b(", ")\\b"));
    }

    private static String phrase(String phrase) {
        var out = new StringBuilder();
        for (String word : phrase.split(" ")) {
            if (!out.isEmpty()) {
                out.append("\\s+");
            }
            word.codePoints().forEach(c -> {
                if (!Character.isLetterOrDigit(c)) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            });
        }
        return out.toString();
    }

    /**
     * Applies every rule to one text (just arrived), in the caller's transaction; returns how many tags were added.
     * The tags carry the day the text was written, not the time it arrived (design note 0023).
     * A rule that fails is logged and skipped: it must never keep a text out of the stream.
     */
    public int applyTo(long textId) {
        int added = 0;
        for (var rule : rules.all()) {
            try {
                added += tags.tagIfMatches(textId, rule.tagCode(), "rule " + rule.id(), pattern(words(rule.words())));
            } catch (DataAccessException e) {
                LOG.warn("Keyword rule {} failed on a text as it arrived", rule.id(), e); // no text id: see note 0023
            }
        }
        if (added > 0) {
            touch();
        }
        return added;
    }

    /** Applies one rule to every text that still has its words; returns how many tags were added. */
    @Transactional
    public int applyToAll(long ruleId) {
        var rule = rules.find(ruleId);
        if (rule.isEmpty()) {
            return 0;
        }
        int added;
        try {
            added = tags.tagAllMatching(rule.get().tagCode(), "rule " + ruleId, LocalDateTime.now(clock),
                    pattern(words(rule.get().words())));
        } catch (DataAccessException e) {
            // Caught here, inside the transaction, so one failing rule never undoes what the others tagged.
            LOG.warn("Keyword rule {} failed on the stream", ruleId, e);
            return 0;
        }
        if (added > 0) {
            touch();
        }
        return added;
    }

    /** Tells every node's suggestion index that officers' tags changed. */
    public void touch() {
        tags.touch();
    }
}
