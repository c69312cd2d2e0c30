package org.youthvoice.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardSheetTest {

    private static final CardSheet.Words WORDS = new CardSheet.Words("Cards", "2 cards", "Print them", "Print",
            "Go to:", "Your code:", "This code works once. Nobody can tell who used it.", "QR code");

    @Test
    void every_code_gets_a_card_with_the_title_link_and_the_line_about_using_it_once() {
        String html = CardSheet.html("Clubs <& you>", "https://example.org/s/abc", List.of("ABCDEFGHJK", "2345678923"),
                WORDS);

        assertThat(html).contains("ABCDE-FGHJK", "23456-78923", "https://example.org/s/abc", "Clubs &lt;&amp; you&gt;")
                .doesNotContain("Clubs <& you>").contains("<html lang=\"en\">").contains("yv-static-page");
        assertThat(html.split("class=\"card\"", -1)).hasSize(3);
        assertThat(html.split("This code works once. Nobody can tell who used it.", -1)).hasSize(3);
    }
}
