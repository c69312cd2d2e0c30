package org.youthvoice.actions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.youthvoice.actions.ActionStatus;
import org.youthvoice.actions.PublishedAction;
import org.youthvoice.base.CouncilBrand;
import org.youthvoice.base.i18n.CouncilMessages;

/** A poster carries the council's name and logo from configuration, not "Your council's children's services". */
class ActionPosterBrandTest {

    @TempDir
    Path folder;

    final PublishedAction action = new PublishedAction(7, "The bus is too late", "We put on a later bus",
            ActionStatus.DONE, LocalDate.of(2026, 12, 1), List.of(), List.of());

    @Test
    void the_poster_carries_the_configured_name_and_logo() throws Exception {
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB), "png", png);
        Path logo = Files.write(folder.resolve("logo.png"), png.toByteArray());
        var messages = new CouncilMessages("");
        var posters = new ActionPosters(null, messages,
                new CouncilBrand(messages, "Anytown Council Children's Services", logo.toString()));

        var reader = new PdfReader(posters.render(action, "https://youthvoice.example/a/7"));

        assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " "))
                .contains("Anytown Council Children's Services", "You said", "We did")
                .doesNotContain("Your council's children's services");
        assertThat(drawn(reader)).as("the logo and the QR code drawn on the page").isEqualTo(2);
    }

    @Test
    void without_a_name_set_the_wording_is_used_and_there_is_no_logo() throws Exception {
        var messages = new CouncilMessages("");
        var posters = new ActionPosters(null, messages, new CouncilBrand(messages, "", ""));

        var reader = new PdfReader(posters.render(action, "https://youthvoice.example/a/7"));

        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Your council's children's services");
        assertThat(drawn(reader)).as("the QR code only").isEqualTo(1);
    }

    /** How many pictures or drawn templates the page places ("Do" operators). */
    private static long drawn(PdfReader reader) throws java.io.IOException {
        String content = new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1);
        return java.util.regex.Pattern.compile("/\\w+ Do\\b").matcher(content).results().count();
    }
}
