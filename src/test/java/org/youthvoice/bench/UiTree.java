package org.youthvoice.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The client's copy of a Vaadin Flow UI's state tree, kept up to date from the {@code changes} of each UIDL response,
 * as the browser's Flow client does (only what a load driver needs: tags, properties, attributes, text, children,
 * visibility and which DOM events the server listens to).
 */
final class UiTree {

    // com.vaadin.flow.internal.nodefeature.NodeFeatures
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final int id;
        String tag;
        boolean hidden;
        final Map<String, JsonElement> properties = new HashMap<>(4);
        final Map<String, String> attributes = new HashMap<>(2);
        final Map<String, String> listeners = new HashMap<>(2);
        String text;
        final List<Integer> children = new ArrayList<>(2);
        final List<Integer> virtualChildren = new ArrayList<>(0);

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            var value = properties.get(name);
            return value == null || value.isJsonNull() ? null
                    : value.isJsonPrimitive() ? value.getAsString() : value.toString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonObject> constants = new HashMap<>();
    /** Nodes created by the last response, in order. */
    final Set<Integer> created = new LinkedHashSet<>();

    void apply(JsonObject uidl) {
        created.clear();
        if (uidl.has("constants")) {
            uidl.getAsJsonObject("constants").entrySet()
                    .forEach(e -> constants.put(e.getKey(), e.getValue().getAsJsonObject()));
        }
        if (!uidl.has("changes")) {
            return;
        }
        for (JsonElement element : uidl.getAsJsonArray("changes")) {
            JsonObject change = element.getAsJsonObject();
            int id = change.get("node").getAsInt();
            String type = change.get("type").getAsString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, n -> {
                created.add(n);
                return new Node(n);
            });
            int feature = change.has("feat") ? change.get("feat").getAsInt() : -1;
            switch (type) {
                case "put" -> put(node, feature, change);
                case "remove" -> remove(node, feature, change.get("key").getAsString());
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        node.children.clear();
                    } else if (feature == VIRTUAL_CHILDREN) {
                        node.virtualChildren.clear();
                    }
                }
                default -> {
                    // attach, empty: the node exists now
                }
            }
        }
    }

    private static void put(Node node, int feature, JsonObject change) {
        String key = change.get("key").getAsString();
        JsonElement value = change.has("value") ? change.get("value") : change.get("nodeValue");
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.getAsString();
                } else if (key.equals("visible")) {
                    node.hidden = !value.getAsBoolean();
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value.isJsonPrimitive() ? value.getAsString() : "");
            case ELEMENT_LISTENERS -> node.listeners.put(key, value.getAsString());
            case TEXT_NODE -> node.text = value.isJsonNull() ? "" : value.getAsString();
            default -> {
                // styles, class names, push settings: not needed to drive the UI
            }
        }
    }

    private static void remove(Node node, int feature, String key) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("visible")) {
                    node.hidden = false;
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> node.attributes.remove(key);
            case ELEMENT_LISTENERS -> node.listeners.remove(key);
            default -> {
            }
        }
    }

    private static void splice(Node node, int feature, JsonObject change) {
        List<Integer> list = feature == ELEMENT_CHILDREN ? node.children
                : feature == VIRTUAL_CHILDREN ? node.virtualChildren : null;
        if (list == null) {
            return;
        }
        int index = change.get("index").getAsInt();
        if (change.has("remove")) {
            int count = change.get("remove").getAsInt();
            for (int i = 0; i < count && index < list.size(); i++) {
                list.remove(index);
            }
        }
        if (change.has("addNodes")) {
            JsonArray added = change.getAsJsonArray("addNodes");
            for (int i = 0; i < added.size(); i++) {
                list.add(index + i, added.get(i).getAsInt());
            }
        }
    }

    Node node(int id) {
        return nodes.get(id);
    }

    int size() {
        return nodes.size();
    }

    /** The DOM event data expressions the server asked for with a listener, e.g. {@code event.clientX}, {@code }value}. */
    Set<String> listenerExpressions(Node node, String event) {
        String key = node.listeners.get(event);
        JsonObject expressions = key == null ? null : constants.get(key);
        return expressions == null ? Set.of() : expressions.keySet();
    }

    /** Visible nodes reachable from the UI's root (node 1), depth first, in document order. */
    List<Node> shown() {
        var out = new ArrayList<Node>();
        collect(nodes.get(1), out, 0);
        return out;
    }

    private void collect(Node node, List<Node> out, int depth) {
        if (node == null || node.hidden || depth > 200) {
            return;
        }
        out.add(node);
        for (int child : node.virtualChildren) {
            collect(nodes.get(child), out, depth + 1);
        }
        for (int child : node.children) {
            collect(nodes.get(child), out, depth + 1);
        }
    }

    List<Node> find(Predicate<Node> test) {
        return shown().stream().filter(test).toList();
    }

    /** The text of a node and everything in it, as a screen reader would read it. */
    String text(Node node) {
        var out = new StringBuilder();
        appendText(node, out, 0);
        return out.toString().strip();
    }

    private void appendText(Node node, StringBuilder out, int depth) {
        if (node == null || node.hidden || depth > 200) {
            return;
        }
        if (node.text != null) {
            out.append(node.text);
        }
        for (int child : node.children) {
            appendText(nodes.get(child), out, depth + 1);
        }
    }

    List<Node> descendants(Node node, String tag) {
        var out = new ArrayList<Node>();
        var all = new ArrayList<Node>();
        collect(node, all, 0);
        for (var n : all) {
            if (n != node && tag.equals(n.tag)) {
                out.add(n);
            }
        }
        return out;
    }
}
