package org.youthvoice.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The words people read: the bundled message bundles, with a council's own wording laid over them from the file that
 * {@code youthvoice.messages.override} names (same keys, UTF-8 properties). So a council can change, for example,
 * what young people are told before they write, without rebuilding the app; it takes effect at the next start.
 */
@Component
public class CouncilMessages implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(CouncilMessages.class);
    static final String BUNDLE = "vaadin-i18n.translations";

    private final Properties overrides = new Properties();

    public CouncilMessages(@Value("${youthvoice.messages.override:}") String overrideFile) {
        if (!overrideFile.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(overrideFile), StandardCharsets.UTF_8)) {
                overrides.load(reader);
                log.info("Using {} council wording(s) from {}", overrides.size(), overrideFile);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read youthvoice.messages.override=" + overrideFile, e);
            }
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        String value = overrides.getProperty(key);
        if (value == null) {
            try {
                value = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale).getString(key);
            } catch (MissingResourceException e) {
                log.warn("Missing message key {}", key);
                return "!" + key + "!";
            }
        }
        return params.length == 0 ? value : new MessageFormat(value, locale == null ? Locale.ENGLISH : locale)
                .format(params);
    }
}
