package org.youthvoice.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The council's name and logo on what is printed or handed out (posters, evidence packs), from configuration:
 * {@code youthvoice.council.name} ({@code YOUTHVOICE_COUNCIL_NAME}) and {@code youthvoice.council.logo}
 * ({@code YOUTHVOICE_COUNCIL_LOGO}, a path to a PNG or JPEG file). Without a name, the wording {@code council.name}
 * is used (bundled, or the council's wording file: design note 0010). A logo set but missing, unreadable, too large or
 * not a PNG or JPEG stops the start with its name, as a wording file does: a council that set its logo must not get
 * posters without it.
 */
@Component
public class CouncilBrand {

    /** Larger than any logo needs to be on an A4 page. */
    public static final int MOST_LOGO_BYTES = 2 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(CouncilBrand.class);

    private final I18NProvider messages;
    private final @Nullable String name;
    private final byte @Nullable [] logo;

    public CouncilBrand(I18NProvider messages, @Value("${youthvoice.council.name:}") String name,
            @Value("${youthvoice.council.logo:}") String logo) {
        this.messages = messages;
        this.name = name.isBlank() ? null : name.strip();
        this.logo = logo.isBlank() ? null : read(Path.of(logo.strip()));
        if (this.logo != null) {
            LOG.info("Council logo read from {} ({} bytes)", logo, this.logo.length);
        }
    }

    /** The council's name as configured, or the wording {@code council.name}. */
    public String name() {
        return name != null ? name : messages.getTranslation("council.name", Locale.ENGLISH);
    }

    /** The logo's bytes (PNG or JPEG), when one is configured. */
    public Optional<byte[]> logo() {
        return Optional.ofNullable(logo).map(byte[]::clone);
    }

    /** The logo for a PDF, scaled to fit the box given (in points), when one is configured. */
    public Optional<Image> logoImage(float width, float height) {
        if (logo == null) {
            return Optional.empty();
        }
        try {
            var image = Image.getInstance(logo);
            image.scaleToFit(width, height);
            image.setAlt(name());
            return Optional.of(image);
        } catch (IOException | BadElementException e) {
            throw new IllegalStateException("youthvoice.council.logo cannot be drawn", e);
        }
    }

    private static byte[] read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MOST_LOGO_BYTES) {
                throw new IllegalStateException("youthvoice.council.logo=" + file + " is larger than "
                        + MOST_LOGO_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read youthvoice.council.logo=" + file, e);
        }
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!png && !jpeg) {
            throw new IllegalStateException("youthvoice.council.logo=" + file + " is not a PNG or JPEG file");
        }
        return bytes;
    }
}
