package org.youthvoice.safeguarding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.Phrase;
import org.youthvoice.safeguarding.PhraseList;
import org.youthvoice.safeguarding.Severity;

/**
 * Reads a phrase list file (the format is described at the top of {@code safeguarding/starter-en.yaml}). Builds
 * only maps, lists and strings from the file, never objects it names.
 */
public final class PhraseListYaml {

    private static final Set<String> KEYS = Set.of("language", "word_groups", "negations", "negation_stops",
            "joking_markers", "figures_of_speech", "keep_as_written", "phrases");

    private PhraseListYaml() {
    }

    public static PhraseList readResource(String name) {
        try (var in = PhraseListYaml.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No phrase list resource " + name);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException saying what is wrong */
    public static PhraseList read(String yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Object root = new Yaml(new SafeConstructor(options)).load(yaml);
        var top = map(root, "the file");
        for (var key : top.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("Unknown key '" + key + "'; expected one of " + KEYS);
            }
        }
        var groups = new LinkedHashMap<String, List<String>>();
        map(top.getOrDefault("word_groups", Map.of()), "word_groups")
                .forEach((name, words) -> groups.put(name, strings(words, "word group " + name)));
        var phrases = new ArrayList<Phrase>();
        map(top.get("phrases"), "phrases").forEach((categoryName, bySeverity) -> {
            var category = Category.valueOf(categoryName.toUpperCase(Locale.ROOT));
            map(bySeverity, categoryName).forEach((severityName, patterns) -> {
                var severity = Severity.valueOf(severityName.toUpperCase(Locale.ROOT));
                for (var pattern : strings(patterns, categoryName + " " + severityName)) {
                    phrases.add(new Phrase(category, severity, pattern));
                }
            });
        });
        return new PhraseList(String.valueOf(top.getOrDefault("language", "en")), groups, phrases,
                strings(top.get("negations"), "negations"), strings(top.get("negation_stops"), "negation_stops"),
                strings(top.get("joking_markers"), "joking_markers"),
                strings(top.get("figures_of_speech"), "figures_of_speech"),
                strings(top.get("keep_as_written"), "keep_as_written"));
    }

    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?> raw)) {
            throw new IllegalArgumentException("Expected a mapping for " + where);
        }
        var result = new LinkedHashMap<String, Object>();
        raw.forEach((k, v) -> result.put(String.valueOf(k), v == null ? List.of() : v));
        return result;
    }

    private static List<String> strings(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> raw)) {
            throw new IllegalArgumentException("Expected a list for " + where);
        }
        var result = new ArrayList<String>(raw.size());
        for (var item : raw) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw new IllegalArgumentException("Expected words in " + where + ", got " + item);
            }
            result.add(String.valueOf(item));
        }
        return result;
    }
}
