package org.youthvoice.safeguarding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.youthvoice.safeguarding.Category;
import org.youthvoice.safeguarding.ExampleList;
import org.youthvoice.safeguarding.MeaningExample;
import org.youthvoice.safeguarding.Severity;

/** Reads an example file (the format is described at the top of {@code safeguarding/examples-en.yaml}). */
public final class ExampleListYaml {

    private static final Set<String> KEYS = Set.of("language", "thresholds", "examples", "harmless", "classifier");

    private ExampleListYaml() {
    }

    public static ExampleList readResource(String name) {
        try (var in = ExampleListYaml.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No example list resource " + name);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException saying what is wrong */
    public static ExampleList read(String yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        if (!(new Yaml(new SafeConstructor(options)).load(yaml) instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException("Expected a mapping for the file");
        }
        for (var key : top.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("Unknown key '" + key + "'; expected one of " + KEYS);
            }
        }
        if (!(top.get("thresholds") instanceof Map<?, ?> thresholds)) {
            throw new IllegalArgumentException("Expected thresholds: urgent, concern, harmless_margin");
        }
        var examples = new ArrayList<MeaningExample>();
        if (!(top.get("examples") instanceof Map<?, ?> byCategory)) {
            throw new IllegalArgumentException("Expected a mapping for examples");
        }
        byCategory.forEach((categoryName, bySeverity) -> {
            var category = Category.valueOf(String.valueOf(categoryName).toUpperCase(Locale.ROOT));
            if (!(bySeverity instanceof Map<?, ?> severities)) {
                throw new IllegalArgumentException("Expected urgent/concern under " + categoryName);
            }
            severities.forEach((severityName, texts) -> {
                var severity = Severity.valueOf(String.valueOf(severityName).toUpperCase(Locale.ROOT));
                for (var text : strings(texts, categoryName + " " + severityName)) {
                    examples.add(new MeaningExample(category, severity, text));
                }
            });
        });
        for (var text : strings(top.get("harmless"), "harmless")) {
            examples.add(MeaningExample.harmless(text));
        }
        ExampleList.Learned learned = null;
        if (top.get("classifier") instanceof Map<?, ?> classifier) {
            var comments = new ArrayList<MeaningExample>();
            for (var resource : strings(classifier.get("trained_on"), "classifier.trained_on")) {
                comments.addAll(labelledComments(resource));
            }
            double urgent = number(classifier, "urgent");
            learned = new ExampleList.Learned(comments, urgent, number(classifier, "flagged"),
                    number(classifier, "penalty"), classifier.containsKey("urgent_when_flagged")
                            ? number(classifier, "urgent_when_flagged") : urgent,
                    classifier.containsKey("neighbours") ? (int) number(classifier, "neighbours") : 0,
                    classifier.containsKey("neighbour_weight") ? number(classifier, "neighbour_weight") : 0,
                    classifier.containsKey("keep_urgent") ? number(classifier, "keep_urgent")
                            : ExampleList.Learned.NEVER,
                    classifier.containsKey("keep_flagged") ? number(classifier, "keep_flagged")
                            : ExampleList.Learned.NEVER,
                    classifier.containsKey("word_weight") ? number(classifier, "word_weight") : 0,
                    classifier.containsKey("word_penalty") ? number(classifier, "word_penalty")
                            : ExampleList.Learned.DEFAULT_WORD_PENALTY,
                    classifier.containsKey("phrase_doubt") ? number(classifier, "phrase_doubt") : 0);
        } else if (top.containsKey("classifier")) {
            throw new IllegalArgumentException("Expected classifier: trained_on, urgent, flagged, penalty");
        }
        return new ExampleList(examples, number(thresholds, "urgent"), number(thresholds, "concern"),
                number(thresholds, "harmless_margin"), number(thresholds, "harmless_over_phrase"), learned);
    }

    /**
     * Labelled comments from a class-path file of tab-separated lines: text, URGENT/CONCERN/ORDINARY, category (or
     * NONE), kind; lines starting with # and the header are skipped. An ordinary comment becomes a harmless example.
     */
    public static List<MeaningExample> labelledComments(String resource) {
        try (var in = ExampleListYaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No labelled comments at " + resource);
            }
            var comments = new ArrayList<MeaningExample>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("text\t")) {
                    continue;
                }
                var cells = line.split("\t");
                if (cells.length != 4) {
                    throw new IllegalArgumentException(resource + ": expected 4 columns in " + line);
                }
                comments.add(cells[1].equals("ORDINARY") ? MeaningExample.harmless(cells[0])
                        : new MeaningExample(Category.valueOf(cells[2]), Severity.valueOf(cells[1]), cells[0]));
            }
            return comments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("Expected a number for thresholds." + key);
        }
        return n.doubleValue();
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
                throw new IllegalArgumentException("Expected a sentence in " + where + ", got " + item);
            }
            result.add(String.valueOf(item));
        }
        return result;
    }
}
