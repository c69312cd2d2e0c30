package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The floor plan: every feature package is a module, each declares the modules it may use
 * ({@code allowedDependencies} in its {@code package-info}), modules use each other only through their root packages
 * and never in a cycle, and the module map in {@code docs/architecture/} is the one the code has.
 */
class ModularityTest {

    private static final ApplicationModules modules = ApplicationModules.of(Application.class);

    private static final List<String> ALL = List.of("actions", "api", "audit", "base", "demo", "feedback",
            "framework", "help", "home", "insight", "participation", "people", "safeguarding", "security", "survey",
            "voting");

    private static final Path MAP = Path.of("docs", "architecture", "modules.md");

    @Test
    void modules_only_use_the_modules_they_declare_through_their_public_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void every_feature_package_is_a_module() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()).sorted().toList()).isEqualTo(ALL);
    }

    @Test
    void every_module_but_the_open_base_declares_what_it_may_use() throws Exception {
        for (String name : ALL) {
            if (name.equals("base")) {
                continue;
            }
            var info = Class.forName("org.youthvoice." + name + ".package-info");
            var declared = info.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared).as(name + " has @ApplicationModule").isNotNull();
            assertThat(declared.allowedDependencies()).as(name + " lists the modules it may use").isNotEmpty();
        }
    }

    @Test
    void the_audit_log_depends_on_no_feature_module_only_on_base_and_the_access_rules() {
        var audit = modules.getModuleByName("audit").orElseThrow();
        assertThat(audit.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .allMatch(m -> m.equals("base") || m.equals("security"));
    }

    /**
     * The module map a newcomer reads first. When a module's dependencies change this fails: copy
     * {@code target/spring-modulith-docs/modules.md} over {@code docs/architecture/modules.md} (and the diagram
     * beside it) in the same commit.
     */
    @Test
    void the_module_map_in_docs_is_the_one_the_code_has() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml();
        String map = map();
        Files.writeString(folder.resolve("modules.md"), map);
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Framework", "People", "Audit");
        assertThat(Files.exists(MAP) ? Files.readString(MAP) : "")
                .as("docs/architecture/modules.md is out of date: copy target/spring-modulith-docs/modules.md over it")
                .isEqualTo(map);
    }

    private static String map() {
        var text = new StringBuilder("""
                # Modules

                Written by `ModularityTest` from the code (Spring Modulith); do not edit by hand. Each module is a
                package under `org.youthvoice`; it may use only the modules listed beside it, and only through their
                root packages (`internal`, `ui` and `web` stay inside). The diagram beside this file
                ([modules.puml](modules.puml)) shows the same in PlantUML.

                | module | uses |
                |---|---|
                """);
        modules.stream().sorted(java.util.Comparator.comparing(m -> m.getIdentifier().toString())).forEach(m -> {
            String uses = m.getDirectDependencies(modules).uniqueModules().map(d -> "`" + d.getIdentifier() + "`")
                    .sorted().collect(Collectors.joining(", "));
            text.append("| `").append(m.getIdentifier()).append("` | ").append(uses.isEmpty() ? "nothing" : uses)
                    .append(" |\n");
        });
        return text.toString();
    }
}
