package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's root package is its contract with the other modules (issue 15, design note 0033): it holds only what
 * another module uses, by name in its code or templates, and what the public signatures of those types name (a service
 * used elsewhere returns its records from the root too). Everything else lives in the module's own packages
 * ({@code internal}, {@code ui}, {@code web}). A new root type that no other module uses fails here until it moves
 * inside or another module starts using it.
 */
class RootContractTest {

    private static final Path JAVA = Path.of("src", "main", "java", "org", "youthvoice");
    private static final Path JTE = Path.of("src", "main", "jte");

    /** base is the open module every module may use; its root is shared by design. */
    private static final Set<String> OPEN = Set.of("base");

    /**
     * Root types no other module uses, kept in the root because root code reaches their package-private parts (or
     * they reach its). Each is to move inside with that code; the list may only shrink. Empty since the last three
     * moved (7 Dec 2026); kept so a type that has to wait says why.
     */
    private static final Map<String, String> NOT_YET_MOVED = Map.of();

    @Test
    void each_root_holds_only_what_other_modules_use() throws IOException {
        var misplaced = new TreeMap<String, List<String>>();
        for (String module : modules()) {
            if (OPEN.contains(module)) {
                continue;
            }
            var roots = rootTypes(module);
            var kept = new TreeSet<String>();
            for (String type : roots) {
                if (usedElsewhere(module, type) || NOT_YET_MOVED.containsKey(module + "." + type)) {
                    kept.add(type);
                }
            }
            var todo = new ArrayDeque<>(kept);
            while (!todo.isEmpty()) {
                for (Class<?> named : signatureTypes(load(module, todo.pop()))) {
                    if (named.getPackageName().equals("org.youthvoice." + module)) {
                        String simple = outermost(named).getSimpleName();
                        if (roots.contains(simple) && kept.add(simple)) {
                            todo.push(simple);
                        }
                    }
                }
            }
            var unused = roots.stream().filter(t -> !kept.contains(t)).sorted().toList();
            if (!unused.isEmpty()) {
                misplaced.put(module, unused);
            }
        }
        assertThat(misplaced).as("root types no other module uses: move them into the module's internal package")
                .isEmpty();
    }

    @Test
    void the_types_not_yet_moved_are_still_in_their_roots() throws IOException {
        for (String qualified : NOT_YET_MOVED.keySet()) {
            String module = qualified.substring(0, qualified.indexOf('.'));
            assertThat(rootTypes(module)).as(qualified).contains(qualified.substring(module.length() + 1));
        }
    }

    private static List<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(JAVA)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Set<String> rootTypes(String module) throws IOException {
        try (Stream<Path> files = Files.list(JAVA.resolve(module))) {
            var types = new TreeSet<String>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                    .forEach(n -> types.add(n.substring(0, n.length() - 5)));
            return types;
        }
    }

    private static final Map<Path, String> SOURCES = new HashMap<>();

    /** Named by another module's Java or templates: fully qualified, or by simple name beside a wildcard import. */
    private static boolean usedElsewhere(String module, String type) throws IOException {
        var byName = Pattern.compile("org\\.youthvoice\\." + module + "\\." + type + "\\b");
        var simple = Pattern.compile("\\b" + type + "\\b");
        String wildcard = "org.youthvoice." + module + ".*";
        for (Path file : sourcesOutside(module)) {
            String text = SOURCES.computeIfAbsent(file, RootContractTest::read);
            if (byName.matcher(text).find() || text.contains(wildcard) && simple.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> sourcesOutside(String module) throws IOException {
        var files = new ArrayList<Path>();
        for (Path base : List.of(JAVA, JTE)) {
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".jte"))
                        .filter(p -> !p.startsWith(base.resolve(module))).forEach(files::add);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Class<?> load(String module, String type) {
        try {
            return Class.forName("org.youthvoice." + module + "." + type, false,
                    RootContractTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> c = type;
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        return c;
    }

    /** Every class a type's public face names: members, records, nested types, supertypes, exceptions. */
    private static Set<Class<?>> signatureTypes(Class<?> type) {
        var found = new java.util.HashSet<Class<?>>();
        var types = new ArrayDeque<Class<?>>(List.of(type));
        while (!types.isEmpty()) {
            Class<?> c = types.pop();
            collect(c.getGenericSuperclass(), found);
            for (Type t : c.getGenericInterfaces()) {
                collect(t, found);
            }
            if (c.getPermittedSubclasses() != null) {
                for (Class<?> sub : c.getPermittedSubclasses()) {
                    found.add(sub);
                }
            }
            if (c.isRecord()) {
                for (var component : c.getRecordComponents()) {
                    collect(component.getGenericType(), found);
                }
            }
            for (var method : c.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    collect(method.getGenericReturnType(), found);
                    for (Type t : method.getGenericParameterTypes()) {
                        collect(t, found);
                    }
                    for (Type t : method.getGenericExceptionTypes()) {
                        collect(t, found);
                    }
                }
            }
            for (var constructor : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    for (Type t : constructor.getGenericParameterTypes()) {
                        collect(t, found);
                    }
                }
            }
            for (var field : c.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())) {
                    collect(field.getGenericType(), found);
                }
            }
            for (Class<?> nested : c.getDeclaredClasses()) {
                if (Modifier.isPublic(nested.getModifiers())) {
                    types.push(nested);
                }
            }
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        switch (type) {
            case null -> {
            }
            case Class<?> c -> {
                Class<?> element = c;
                while (element.isArray()) {
                    element = element.getComponentType();
                }
                found.add(element);
            }
            case ParameterizedType p -> {
                collect(p.getRawType(), found);
                for (Type arg : p.getActualTypeArguments()) {
                    collect(arg, found);
                }
            }
            case WildcardType w -> {
                for (Type bound : w.getUpperBounds()) {
                    collect(bound, found);
                }
                for (Type bound : w.getLowerBounds()) {
                    collect(bound, found);
                }
            }
            case GenericArrayType g -> collect(g.getGenericComponentType(), found);
            case TypeVariable<?> v -> {
                for (Type bound : v.getBounds()) {
                    if (bound instanceof Class<?> c && c != Object.class) {
                        found.add(c);
                    }
                }
            }
            default -> {
            }
        }
    }
}
