package org.youthvoice.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedUploadTest {

    /** An endless file that counts how much of it was read. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    @Test
    void a_file_within_the_limit_is_read_whole() throws IOException {
        var in = new java.io.ByteArrayInputStream(new byte[2 * 1024 * 1024]);

        assertThat(LimitedUpload.readAtMost(in, 2 * 1024 * 1024)).hasSize(2 * 1024 * 1024);
    }

    @Test
    void a_file_past_the_limit_is_refused_having_read_only_one_byte_more() throws IOException {
        var in = new Endless();

        assertThat(LimitedUpload.readAtMost(in, 2 * 1024 * 1024)).isNull();
        assertThat(in.read).as("bytes read of an endless upload").isEqualTo(2 * 1024 * 1024 + 1);
    }

    @Test
    void the_limit_is_said_in_megabytes() {
        assertThat(LimitedUpload.inWords(2 * 1024 * 1024)).isEqualTo("2 MB");
        assertThat(LimitedUpload.inWords(50_000_000)).isEqualTo("50 MB");
    }
}
