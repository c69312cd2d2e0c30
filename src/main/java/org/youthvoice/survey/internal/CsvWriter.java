package org.youthvoice.survey.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents and emoji right), CRLF line ends,
 * a field quoted when it holds a comma, quote or line break, and a text cell that a spreadsheet would take for a
 * formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;
    private boolean lineStarted;

    public CsvWriter(OutputStream stream) throws IOException {
        stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    /** Cells of one line written to be put into a file later with {@link #cells}: no byte-order mark, no buffer. */
    CsvWriter(Writer out) {
        this.out = out;
    }

    /** Cells already written by a {@link #CsvWriter(Writer) line writer}, added to this line as they are. */
    public CsvWriter cells(String written) throws IOException {
        separate();
        out.write(written);
        return this;
    }

    /** Starts a new line without writing a line end: for a line writer whose text was taken. */
    void restart() {
        lineStarted = false;
    }

    /** A cell of text written by people (labels, names): protected against formula injection. */
    public CsvWriter text(@Nullable String value) throws IOException {
        separate();
        if (value == null || value.isEmpty()) {
            return this;
        }
        String safe = value;
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            safe = "'" + value;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            out.write('"');
            out.write(safe.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(safe);
        }
        return this;
    }

    /** A number cell. */
    public CsvWriter number(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    public CsvWriter empty() throws IOException {
        separate();
        return this;
    }

    public void endLine() throws IOException {
        out.write("\r\n");
        lineStarted = false;
    }

    private void separate() throws IOException {
        if (lineStarted) {
            out.write(',');
        }
        lineStarted = true;
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
