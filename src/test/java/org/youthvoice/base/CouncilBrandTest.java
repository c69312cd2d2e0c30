package org.youthvoice.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.youthvoice.base.i18n.CouncilMessages;

class CouncilBrandTest {

    @TempDir
    Path folder;

    final CouncilMessages bundled = new CouncilMessages("");

    @Test
    void the_configured_name_wins_over_the_wording_and_the_wording_is_kept_without_one() {
        assertThat(new CouncilBrand(bundled, " Anytown Council Children's Services ", "").name())
                .isEqualTo("Anytown Council Children's Services");
        assertThat(new CouncilBrand(bundled, "", "").name()).isEqualTo("Your council's children's services");
        assertThat(new CouncilBrand(bundled, "", "").logo()).isEmpty();
    }

    @Test
    void a_png_logo_is_read_at_start_and_drawn_scaled_to_fit() throws Exception {
        var image = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path file = Files.write(folder.resolve("logo.png"), png.toByteArray());

        var brand = new CouncilBrand(bundled, "Anytown", file.toString());

        assertThat(brand.logo()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png.toByteArray()));
        assertThat(brand.logoImage(180, 60)).hasValueSatisfying(pdf -> {
            assertThat(pdf.getScaledWidth()).isEqualTo(180f);
            assertThat(pdf.getScaledHeight()).isEqualTo(60f);
            assertThat(pdf.getAlt()).isEqualTo("Anytown");
        });
    }

    @Test
    void a_logo_that_is_missing_or_not_a_picture_stops_the_start_with_its_name() throws Exception {
        Path text = Files.writeString(folder.resolve("logo.png"), "not a picture");

        assertThatThrownBy(() -> new CouncilBrand(bundled, "", folder.resolve("nowhere.png").toString()))
                .hasMessageContaining("youthvoice.council.logo=").hasMessageContaining("nowhere.png");
        assertThatThrownBy(() -> new CouncilBrand(bundled, "", text.toString()))
                .hasMessageContaining("is not a PNG or JPEG file");
    }
}
