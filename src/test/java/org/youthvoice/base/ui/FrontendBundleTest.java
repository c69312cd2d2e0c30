package org.youthvoice.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.BundleUtils;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The committed production bundle (design note 0009) has a JavaScript chunk for every staff screen. Vaadin's own
 * rebuild check does not notice a new or changed route view: without its chunk the screen opens blank in production
 * mode. This fails at build time instead, naming the screens, so whoever added one runs
 * {@code frontend/rebuild-bundle.sh} and commits the new {@code src/main/bundles/prod.bundle}.
 */
class FrontendBundleTest {

    /** The bundle's script that loads a screen's chunk when the screen is first opened. */
    private static final Pattern LOADER = Pattern.compile("webapp/VAADIN/build/generated-flow-imports-[^/]*\\.js");

    /** A screen's key in that script: {@code e===`<key>`&&t.push(...import(`./chunk-...js`)...)}. */
    private static final Pattern KEY = Pattern.compile("===`([0-9a-f]{64})`");

    @Test
    @SuppressWarnings("unchecked")
    void every_staff_screen_has_its_chunk_in_the_committed_bundle() throws IOException, ClassNotFoundException {
        Set<String> chunks = new java.util.HashSet<>();
        try (var bundle = new ZipFile(Path.of("src", "main", "bundles", "prod.bundle").toFile())) {
            for (var entry : bundle.stream().filter(e -> LOADER.matcher(e.getName()).matches()).toList()) {
                String script = new String(bundle.getInputStream(entry).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                KEY.matcher(script).results().map(m -> m.group(1)).forEach(chunks::add);
            }
        }
        assertThat(chunks).as("screens' keys in the bundle's loader").isNotEmpty();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new TreeMap<String, String>();
        for (var candidate : scanner.findCandidateComponents("org.youthvoice")) {
            var type = Class.forName(candidate.getBeanClassName());
            if (Component.class.isAssignableFrom(type)) {
                routes.put(type.getName(), BundleUtils.getChunkId((Class<? extends Component>) type));
            }
        }
        assertThat(routes).as("staff screens found").hasSizeGreaterThan(15);
        assertThat(routes.entrySet().stream().filter(r -> !chunks.contains(r.getValue())).map(java.util.Map.Entry::getKey)
                .toList()).as("screens with no chunk in the committed bundle: run frontend/rebuild-bundle.sh").isEmpty();
    }
}
