package org.youthvoice.framework.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.youthvoice.framework.FrameworkTree;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.framework.TagNode;

/**
 * Reads and writes the framework file format (the shape of {@code strategy-frameworks.yaml}). Reading builds no Java
 * objects from the file, only a node tree, and collects every problem with its line before refusing the file.
 */
public final class FrameworkYaml {

    public static final int MAX_BYTES = 1_000_000;
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*(\\.[A-Z0-9][A-Z0-9_-]*)*");
    private static final Set<String> FRAMEWORK_KEYS = Set.of("code", "title", "source", "vision", "note", "retired",
            "priorities", "cross_cutting", "good_care_statements", "statements");
    private static final Set<String> PRIORITY_KEYS = Set.of("code", "title", "outcomes", "measures");
    private static final Set<String> OUTCOME_KEYS = Set.of("code", "title");
    private static final Set<String> CROSS_KEYS = Set.of("code", "title");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> seenCodes = new HashMap<>();

    private FrameworkYaml() {
    }

    public static List<ParsedFramework> parse(String text) {
        return new FrameworkYaml().read(text);
    }

    private List<ParsedFramework> read(String text) {
        if (text.length() > MAX_BYTES) {
            throw new FrameworkImportException(List.of(new ImportProblem(1, "framework.import.tooBig")));
        }
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_BYTES);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new FrameworkImportException(List.of(plainWords(mark == null ? 1 : mark.getLine() + 1,
                    e.getProblem())));
        } catch (YAMLException e) {
            throw new FrameworkImportException(List.of(plainWords(1, e.getMessage())));
        }
        if (!(root instanceof MappingNode top)) {
            throw new FrameworkImportException(List.of(new ImportProblem(root == null ? 1 : line(root),
                    "framework.import.noFrameworks")));
        }
        var fields = fields(top, Set.of("frameworks"));
        Node list = fields.get("frameworks");
        var result = new ArrayList<ParsedFramework>();
        if (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.add(new ImportProblem(list == null ? line(top) : line(list), "framework.import.noFrameworks"));
        } else {
            for (Node item : seq.getValue()) {
                var parsed = framework(item);
                if (parsed != null) {
                    result.add(parsed);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkImportException(problems);
        }
        return result;
    }

    private @Nullable ParsedFramework framework(Node node) {
        if (!(node instanceof MappingNode map)) {
            problems.add(new ImportProblem(line(node), "framework.import.expectedMapping", "framework"));
            return null;
        }
        var f = fields(map, FRAMEWORK_KEYS);
        String code = code(f.get("code"), map, null);
        String title = text(f.get("title"), map, "title", true, 300);
        String source = text(f.get("source"), map, "source", false, 300);
        String vision = text(f.get("vision"), map, "vision", false, 2000);
        String note = text(f.get("note"), map, "note", false, 2000);
        boolean retired = bool(f.get("retired"));
        var nodes = new ArrayList<ParsedFramework.ParsedNode>();
        for (Node p : items(f.get("priorities"), "priorities")) {
            priority(p, code, nodes);
        }
        for (Node c : items(f.get("cross_cutting"), "cross_cutting")) {
            if (c instanceof MappingNode cm) {
                var cf = fields(cm, CROSS_KEYS);
                String ccode = code(cf.get("code"), cm, code);
                String ctitle = text(cf.get("title"), cm, "title", true, 300);
                nodes.add(new ParsedFramework.ParsedNode(line(cm), NodeKind.CROSS_CUTTING, ccode, ctitle, null,
                        List.of()));
            } else {
                problems.add(new ImportProblem(line(c), "framework.import.expectedMapping", "cross_cutting"));
            }
        }
        var statements = new ArrayList<String>();
        for (String key : List.of("good_care_statements", "statements")) {
            for (Node s : items(f.get(key), key)) {
                String st = text(s, map, key, true, 500);
                if (!st.isEmpty()) {
                    statements.add(st);
                }
            }
        }
        return new ParsedFramework(line(map), code, title, source, vision, note, retired, nodes, statements);
    }

    private void priority(Node node, String frameworkCode, List<ParsedFramework.ParsedNode> nodes) {
        if (!(node instanceof MappingNode map)) {
            problems.add(new ImportProblem(line(node), "framework.import.expectedMapping", "priority"));
            return;
        }
        var f = fields(map, PRIORITY_KEYS);
        String code = code(f.get("code"), map, frameworkCode);
        String title = text(f.get("title"), map, "title", true, 300);
        var measures = new ArrayList<String>();
        for (Node m : items(f.get("measures"), "measures")) {
            measures.add(text(m, map, "measures", true, 500));
        }
        nodes.add(new ParsedFramework.ParsedNode(line(map), NodeKind.PRIORITY, code, title, null, measures));
        for (Node o : items(f.get("outcomes"), "outcomes")) {
            if (o instanceof MappingNode om) {
                var of = fields(om, OUTCOME_KEYS);
                String ocode = code(of.get("code"), om, frameworkCode);
                String otitle = text(of.get("title"), om, "title", true, 300);
                nodes.add(new ParsedFramework.ParsedNode(line(om), NodeKind.OUTCOME, ocode, otitle, code, List.of()));
            } else {
                problems.add(new ImportProblem(line(o), "framework.import.expectedMapping", "outcome"));
            }
        }
    }

    private Map<String, Node> fields(MappingNode map, Set<String> allowed) {
        var result = new LinkedHashMap<String, Node>();
        String lastKey = null;
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(new ImportProblem(line(tuple.getKeyNode()), "framework.import.badKey", "?"));
                continue;
            }
            if (isCommaContinuation(map, tuple, lastKey, allowed) && result.get(lastKey) instanceof ScalarNode previous) {
                // {code: X, title: One, two and three}: YAML splits the title at the comma; people mean one title.
                result.put(lastKey, new ScalarNode(Tag.STR, previous.getValue() + ", " + key.getValue(),
                        previous.getStartMark(), key.getEndMark(), DumperOptions.ScalarStyle.PLAIN));
                continue;
            }
            lastKey = key.getValue();
            if (!allowed.contains(key.getValue())) {
                problems.add(new ImportProblem(line(key), "framework.import.unknownKey", key.getValue(),
                        String.join(", ", allowed.stream().sorted().toList())));
                continue;
            }
            if (result.containsKey(key.getValue())) {
                // compose() does not apply LoaderOptions.setAllowDuplicateKeys: without this the last one silently wins.
                problems.add(new ImportProblem(line(key), "framework.import.duplicateKey", key.getValue()));
                continue;
            }
            result.put(key.getValue(), tuple.getValueNode());
        }
        return result;
    }

    private static boolean isCommaContinuation(MappingNode map, NodeTuple tuple, @Nullable String lastKey,
            Set<String> allowed) {
        return lastKey != null && map.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && tuple.getKeyNode() instanceof ScalarNode key && !allowed.contains(key.getValue())
                && tuple.getValueNode() instanceof ScalarNode value && Tag.NULL.equals(value.getTag())
                && value.getValue().isEmpty();
    }

    private List<Node> items(@Nullable Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.add(new ImportProblem(line(node), "framework.import.expectedList", what));
        return List.of();
    }

    private String code(@Nullable Node node, Node owner, @Nullable String frameworkCode) {
        String code = text(node, owner, "code", true, 64);
        if (code.isEmpty()) {
            return code;
        }
        int at = node == null ? line(owner) : line(node);
        if (!CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(at, "framework.import.badCode", code));
        } else if (frameworkCode != null && !code.startsWith(frameworkCode + ".")) {
            problems.add(new ImportProblem(at, "framework.import.codePrefix", code, frameworkCode));
        }
        Integer earlier = seenCodes.putIfAbsent(code, at);
        if (earlier != null) {
            problems.add(new ImportProblem(at, "framework.import.duplicateCode", code, String.valueOf(earlier)));
        }
        return code;
    }

    @SuppressWarnings("NullAway")
    private String text(@Nullable Node node, Node owner, String field, boolean required, int max) {
        if (node == null) {
            if (required) {
                problems.add(new ImportProblem(line(owner), "framework.import.missing", field));
            }
            return required ? "" : null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(new ImportProblem(line(node), "framework.import.expectedText", field));
            return "";
        }
        String value = scalar.getValue().strip();
        if (required && value.isEmpty()) {
            problems.add(new ImportProblem(line(node), "framework.import.missing", field));
        }
        if (value.length() > max) {
            problems.add(new ImportProblem(line(node), "framework.import.tooLong", field, String.valueOf(max)));
        }
        if (value.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\t')) {
            problems.add(new ImportProblem(line(node), "framework.import.control", field));
        }
        return value;
    }

    private boolean bool(@Nullable Node node) {
        if (node == null) {
            return false;
        }
        if (node instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return Boolean.parseBoolean(s.getValue());
        }
        problems.add(new ImportProblem(line(node), "framework.import.expectedBoolean", "retired"));
        return false;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    /** Writes frameworks in the same format that {@link #parse} reads. */
    public static String write(List<FrameworkTree> frameworks) {
        var list = new ArrayList<Map<String, Object>>();
        for (FrameworkTree tree : frameworks) {
            var f = new LinkedHashMap<String, Object>();
            f.put("code", tree.code());
            f.put("title", tree.title());
            putIfPresent(f, "source", tree.source());
            putIfPresent(f, "vision", tree.vision());
            putIfPresent(f, "note", tree.note());
            if (tree.retired()) {
                f.put("retired", true);
            }
            var priorities = new ArrayList<Map<String, Object>>();
            var cross = new ArrayList<Map<String, Object>>();
            for (TagNode node : tree.nodes()) {
                if (node.removed()) {
                    continue;
                }
                var n = new LinkedHashMap<String, Object>();
                n.put("code", node.code());
                n.put("title", node.title());
                if (node.kind() == NodeKind.CROSS_CUTTING) {
                    cross.add(n);
                    continue;
                }
                if (!node.measures().isEmpty()) {
                    n.put("measures", node.measures());
                }
                var outcomes = new ArrayList<Map<String, Object>>();
                for (TagNode c : node.children()) {
                    if (!c.removed()) {
                        var o = new LinkedHashMap<String, Object>();
                        o.put("code", c.code());
                        o.put("title", c.title());
                        outcomes.add(o);
                    }
                }
                if (!outcomes.isEmpty()) {
                    n.put("outcomes", outcomes);
                }
                priorities.add(n);
            }
            if (!priorities.isEmpty()) {
                f.put("priorities", priorities);
            }
            if (!cross.isEmpty()) {
                f.put("cross_cutting", cross);
            }
            if (!tree.statements().isEmpty()) {
                f.put("statements", tree.statements());
            }
            list.add(f);
        }
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return "# Youth Voice strategy frameworks export\n" + new Yaml(options).dump(Map.of("frameworks", list));
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /**
     * The reader's own message put in plain words for an officer (a message key): the reader's words name its
     * internals ("found character '\\t' that cannot start any token", "Nesting Depth exceeded max 20").
     */
    static ImportProblem plainWords(int line, @org.jspecify.annotations.Nullable String reader) {
        String words = reader == null ? "" : reader.toLowerCase(java.util.Locale.ROOT);
        if (words.contains("nesting depth")) {
            return new ImportProblem(line, "framework.import.tooDeep");
        }
        if (words.contains("exceeds the limit") || words.contains("code points")) {
            return new ImportProblem(line, "framework.import.tooBig");
        }
        if (words.contains("alias")) {
            return new ImportProblem(line, "framework.import.tooManyAliases");
        }
        if (words.contains("\\t") || words.contains("\t") || words.contains("tab")) {
            return new ImportProblem(line, "framework.import.tab");
        }
        return new ImportProblem(line, "framework.import.syntax");
    }
}
