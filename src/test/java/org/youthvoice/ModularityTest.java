package org.youthvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules use each other only through their root packages, and the module diagram stays current. */
class ModularityTest {

    private static final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void every_feature_package_is_a_module() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("base", "security", "framework", "people", "audit", "help", "demo");
    }

    @Test
    void the_audit_log_depends_on_no_feature_module() {
        var audit = modules.getModuleByName("audit").orElseThrow();
        assertThat(audit.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .allMatch("base"::equals);
    }

    @Test
    void writes_the_module_diagram() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml();
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Framework", "People", "Audit");
    }
}
