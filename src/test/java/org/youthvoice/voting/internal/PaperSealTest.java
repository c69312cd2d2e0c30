package org.youthvoice.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperSealTest {

    @TempDir
    Path folder;

    @Test
    void a_sealed_paper_opens_again_after_a_restart_with_the_key_made_at_first_start() throws Exception {
        Path file = folder.resolve("keys").resolve("ballot-key");
        var first = new PaperSeal("", file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        var paper = new PaperSeal.Waiting(false, "abcdefghjk", "2,0|1");
        byte[] sealed = first.seal(paper);

        var afterRestart = new PaperSeal("", file);
        assertThat(afterRestart.open(sealed)).isEqualTo(paper);
        assertThat(afterRestart.open(first.seal(new PaperSeal.Waiting(true, null, "")))).isEqualTo(
                new PaperSeal.Waiting(true, null, ""));
    }

    @Test
    void every_sealed_paper_has_the_same_length_and_two_seals_of_one_paper_differ() {
        var seal = new PaperSeal(new byte[32]);
        byte[] one = seal.seal(new PaperSeal.Waiting(false, null, "1"));
        byte[] many = seal.seal(new PaperSeal.Waiting(false, null, "0,1,2,3,4,5,6,7,8,9,10,11"));
        assertThat(one).hasSameSizeAs(many);
        assertThat(seal.seal(new PaperSeal.Waiting(false, null, "1"))).isNotEqualTo(one);
    }

    @Test
    void a_paper_sealed_with_another_key_stops_the_count_instead_of_being_left_out() {
        byte[] other = new byte[32];
        other[0] = 1;
        byte[] sealed = new PaperSeal(other).seal(new PaperSeal.Waiting(false, null, "1"));
        assertThatThrownBy(() -> new PaperSeal(new byte[32]).open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("youthvoice.ballot-key");
    }
}
