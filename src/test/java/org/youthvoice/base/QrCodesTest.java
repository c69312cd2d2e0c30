package org.youthvoice.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void a_png_qr_code_is_a_square_picture_with_a_white_border_and_dark_finder_corners() throws IOException {
        byte[] png = QrCodes.png("https://example.org/s/0123456789abcdef01234567", 10);

        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThan(200);
        assertThat(image.getWidth() % 10).isZero();
        assertThat(image.getRGB(5, 5) & 0xFFFFFF).as("quiet zone").isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(45, 45) & 0xFFFFFF).as("finder pattern's corner").isZero();
        assertThat(image.getRGB(image.getWidth() - 46, 45) & 0xFFFFFF).as("top right finder").isZero();
    }

    @Test
    void an_svg_qr_code_is_labelled_for_screen_readers() {
        assertThat(QrCodes.svg("https://example.org", "QR code for \"the\" link"))
                .startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"QR code for &quot;the&quot; link\"");
    }
}
