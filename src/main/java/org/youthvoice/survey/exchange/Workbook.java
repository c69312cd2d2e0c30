package org.youthvoice.survey.exchange;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX workbook through Apache POI's streaming writer ({@link SXSSFWorkbook}): rows are flushed to a temporary file
 * once more than a window of them are held, so a large sheet does not fill the heap. Text is written as text (never as
 * a formula), numbers as numbers, headings in bold (design note 0016).
 */
public final class Workbook implements AutoCloseable {

    /** Rows kept in memory per sheet before older ones are written out. */
    static final int WINDOW = 200;

    /** A heading cell. */
    public record Bold(String text) {
    }

    /** One sheet: rows of cells, each a String, a Number, a {@link Bold} heading or null for an empty cell. */
    public final class Sheet {
        private final SXSSFSheet sheet;
        private int next;

        Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        public Sheet row(@Nullable Object... cells) {
            var row = sheet.createRow(next++);
            for (int c = 0; c < cells.length; c++) {
                Object value = cells[c];
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(c);
                switch (value) {
                    case Bold bold -> {
                        cell.setCellValue(bold.text());
                        cell.setCellStyle(boldStyle);
                    }
                    case Number number -> cell.setCellValue(number.doubleValue());
                    default -> cell.setCellValue(value.toString());
                }
            }
            return this;
        }

        public Sheet blank() {
            next++;
            return this;
        }

        /** Column widths in characters, from the first column. */
        public Sheet widths(int... characters) {
            for (int c = 0; c < characters.length; c++) {
                sheet.setColumnWidth(c, Math.min(255, characters[c]) * 256);
            }
            return this;
        }
    }

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final CellStyle boldStyle;

    public Workbook() {
        // The workbook is small: no Zip64 records, so that readers which stream the zip (Java's ZipInputStream,
        // some mail scanners) read it as well as Excel does.
        book.setZip64Mode(Zip64Mode.Never);
        var font = book.createFont();
        font.setBold(true);
        boldStyle = book.createCellStyle();
        boldStyle.setFont(font);
    }

    /** A new sheet; its name is made one Excel accepts (31 characters, none of : \ / ? * [ ]). */
    public Sheet sheet(String name) {
        return new Sheet(book.createSheet(WorkbookUtil.createSafeSheetName(name, ' ')));
    }

    public void write(OutputStream out) throws IOException {
        book.write(out);
    }

    /** Deletes the temporary files the streaming writer used. */
    @Override
    public void close() throws IOException {
        book.dispose();
        book.close();
    }
}
