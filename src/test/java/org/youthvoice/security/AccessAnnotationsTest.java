package org.youthvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One way to say who may do what (issue 15): every public method of every service carries exactly one of the
 * security module's access annotations, on itself or on its class, and none spells out its own
 * {@code @PreAuthorize} expression. The roles table in {@code docs/architecture/access.md} is written from them.
 */
class AccessAnnotationsTest {

    static final List<Class<? extends Annotation>> ACCESS = List.of(Public.class, ForMembers.class,
            ForOfficers.class, ForReaders.class, ForLeads.class, ForOfficersAndLeads.class, ForReadersAndLeads.class,
            ForAdmins.class);

    private static final Path TABLE = Path.of("docs", "architecture", "access.md");

    static List<Class<?>> services() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        var found = new ArrayList<Class<?>>();
        for (var bean : scanner.findCandidateComponents("org.youthvoice")) {
            found.add(Class.forName(bean.getBeanClassName()));
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()))
                .toList();
    }

    /** The access annotations that apply to a method: its own, or else its class's. */
    static List<Class<? extends Annotation>> access(Method method) {
        var own = ACCESS.stream().filter(method::isAnnotationPresent).toList();
        if (!own.isEmpty()) {
            return own;
        }
        return ACCESS.stream().filter(a -> method.getDeclaringClass().isAnnotationPresent(a)).toList();
    }

    @Test
    void every_public_service_method_carries_exactly_one_access_annotation() throws Exception {
        var services = services();
        assertThat(services).hasSizeGreaterThan(20);
        var problems = new ArrayList<String>();
        for (var service : services) {
            if (service.isAnnotationPresent(PreAuthorize.class)) {
                problems.add(service.getSimpleName() + " spells out its own @PreAuthorize");
            }
            for (var method : publicMethods(service)) {
                var access = access(method);
                if (access.size() != 1) {
                    problems.add(service.getSimpleName() + "." + method.getName() + " has " + access.size()
                            + " access annotations " + access.stream().map(Class::getSimpleName).toList());
                }
                if (method.isAnnotationPresent(PreAuthorize.class)) {
                    problems.add(service.getSimpleName() + "." + method.getName()
                            + " spells out its own @PreAuthorize: use one of " + ACCESS.stream()
                                    .map(Class::getSimpleName).toList());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void each_annotation_says_one_rule() {
        for (var a : ACCESS) {
            assertThat(a.getAnnotation(PreAuthorize.class)).as(a.getSimpleName()).isNotNull();
        }
        assertThat(ACCESS.stream().map(a -> a.getAnnotation(PreAuthorize.class).value()).distinct())
                .hasSize(ACCESS.size());
    }

    /**
     * Who may call what, written from the annotations. When a service changes this fails: copy
     * {@code target/access.md} over {@code docs/architecture/access.md} in the same commit.
     */
    @Test
    void the_roles_table_in_docs_is_the_one_the_code_has() throws Exception {
        var byRule = new TreeMap<String, List<String>>();
        for (var service : services()) {
            for (var method : publicMethods(service)) {
                var access = access(method);
                if (access.size() == 1) {
                    byRule.computeIfAbsent(access.getFirst().getSimpleName(), k -> new ArrayList<>())
                            .add("`" + service.getSimpleName() + "." + method.getName() + "`");
                }
            }
        }
        var text = new StringBuilder("""
                # Who may do what

                Written by `AccessAnnotationsTest` from the code; do not edit by hand. Every public method of every
                service (`@Service`) carries one of these annotations from `org.youthvoice.security`, on itself or on
                its class; Spring Security checks it on every call. Staff screens check the same roles again with
                `@RolesAllowed` on each view (design note [0002](../design-decisions/0002-roles.md)).

                | annotation | who | methods |
                |---|---|---|
                """);
        for (var a : ACCESS) {
            var methods = byRule.getOrDefault(a.getSimpleName(), List.of()).stream().distinct().toList();
            text.append("| `@").append(a.getSimpleName()).append("` | `")
                    .append(a.getAnnotation(PreAuthorize.class).value()).append("` | ")
                    .append(methods.size()).append(": ").append(String.join(", ", methods)).append(" |\n");
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "access.md"), text);
        assertThat(Files.exists(TABLE) ? Files.readString(TABLE) : "")
                .as("docs/architecture/access.md is out of date: copy target/access.md over it").isEqualTo(
                        text.toString());
    }
}
