package nl.bijeen.web.export;

import java.util.List;

/**
 * CSV as Dutch Excel opens it with a double click: UTF-8 with a byte order mark (else Excel guesses Windows-1252
 * and breaks "café"), semicolons (Dutch Excel's list separator, because the comma is the decimal sign), CRLF line
 * ends and RFC 4180 quoting.
 *
 * <p>A cell that starts with {@code = + - @} (or a tab or carriage return) would be run as a formula by Excel and
 * LibreOffice; a source could publish {@code =HYPERLINK(...)} as a title. Such cells get a leading apostrophe, as
 * OWASP advises, so they show as text.
 */
final class CsvWriter {

    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(quoted(defused(SafeText.orEmpty(cells.get(i)))));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** Every cell is quoted: simpler for readers, and a cell with a separator, quote or line break must be. */
    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
