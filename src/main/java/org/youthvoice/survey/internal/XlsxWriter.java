package org.youthvoice.survey.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A small Office Open XML workbook (SpreadsheetML) written by hand: a few XML files in a zip, text as inline strings,
 * a bold style for headings. Enough for tables of results; no library needed (design note 0016).
 */
public final class XlsxWriter {

    /** One sheet: rows of cells, each a String, a Number, a {@link Bold} heading or null for an empty cell. */
    public static final class Sheet {
        final String name;
        final List<List<@Nullable Object>> rows = new ArrayList<>();

        Sheet(String name) {
            this.name = name;
        }

        public Sheet row(@Nullable Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Sheet blank() {
            rows.add(List.of());
            return this;
        }
    }

    /** A heading cell. */
    public record Bold(String text) {
    }

    private final List<Sheet> sheets = new ArrayList<>();

    public Sheet sheet(String name) {
        // Excel allows 31 characters and none of : \ / ? * [ ]
        var sheet = new Sheet(name.replaceAll("[:\\\\/?*\\[\\]]", " ").substring(0, Math.min(31, name.length())));
        sheets.add(sheet);
        return sheet;
    }

    public void write(OutputStream stream) throws IOException {
        var zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        var types = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        var workbook = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        var rels = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(escape(sheets.get(i - 1).name)).append("\" sheetId=\"")
                    .append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                    .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        rels.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"http://schemas.")
                .append("openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        put(zip, "[Content_Types].xml", types.append("</Types>").toString());
        put(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>""");
        put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
        put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        put(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
                <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill>\
                <fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                </styleSheet>""");
        for (int i = 1; i <= sheets.size(); i++) {
            put(zip, "xl/worksheets/sheet" + i + ".xml", sheetXml(sheets.get(i - 1)));
        }
        zip.finish();
    }

    private static String sheetXml(Sheet sheet) {
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <cols><col min="1" max="1" width="50" customWidth="1"/>\
                <col min="2" max="8" width="16" customWidth="1"/></cols><sheetData>""");
        for (int r = 0; r < sheet.rows.size(); r++) {
            var row = sheet.rows.get(r);
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value == null) {
                    continue;
                }
                String ref = column(c) + (r + 1);
                if (value instanceof Number number) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
                } else {
                    boolean bold = value instanceof Bold;
                    String text = value instanceof Bold b ? b.text() : value.toString();
                    xml.append("<c r=\"").append(ref).append(bold ? "\" s=\"1\"" : "\"")
                            .append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(text))
                            .append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    static String column(int index) {
        var name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
