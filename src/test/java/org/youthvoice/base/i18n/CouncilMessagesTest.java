package org.youthvoice.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouncilMessagesTest {

    @Test
    void bundled_words_are_used_when_the_council_changes_nothing() {
        var messages = new CouncilMessages("");
        assertThat(messages.getTranslation("tellus.notice.title", Locale.ENGLISH)).isEqualTo("Before you write");
        assertThat(messages.getTranslation("help.call", Locale.ENGLISH, "0800 1111")).isEqualTo("Call 0800 1111");
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void a_council_replaces_the_notice_young_people_see_before_they_write(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("council.properties");
        Files.writeString(file, "tellus.notice.safe=If you tell us you are not safe, Sam from our safeguarding team will"
                + " read it today. 😊\n");
        var messages = new CouncilMessages(file.toString());
        assertThat(messages.getTranslation("tellus.notice.safe", Locale.ENGLISH))
                .isEqualTo("If you tell us you are not safe, Sam from our safeguarding team will read it today. 😊");
        assertThat(messages.getTranslation("tellus.notice.title", Locale.ENGLISH)).isEqualTo("Before you write");
    }

    @Test
    void a_missing_override_file_stops_the_start_with_its_name() {
        assertThatThrownBy(() -> new CouncilMessages("/nowhere/council.properties"))
                .hasMessageContaining("/nowhere/council.properties");
    }
}
