package nl.bijeen.web.export;

import java.util.List;

/**
 * CSV as Dutch Excel opens it with a double click: UTF-8 with a byte order mark (else Excel guesses Windows-1252
 * and breaks "café"), semicolons (Dutch Excel's list separator, because the comma is the decimal sign), CRLF line
 * ends and RFC 4180 quoting.
 *
 * <p>A cell that starts with {@code = + - @} (or a tab or carriage return) would be run as a formula by Excel and
 * LibreOffice; a source could publish {@code =HYPERLINK(...)} as a title. Such cells get a leading apostrophe, as
 * OWASP advises, so they show as text. Whole numbers (also a negative change such as -2) are left alone, so Excel
 * can add them up; they cannot hide a formula. Every CSV of the application (exports, coverage) is written here.
 */
public final class CsvWriter {

    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?\\d+");

    private final StringBuilder out;
    private final char separator;
    private final boolean defuse;

    /** CSV for Dutch Excel: byte order mark and semicolons. */
    public CsvWriter() {
        this(BOM, SEPARATOR, true);
    }

    private CsvWriter(String start, char separator, boolean defuse) {
        this.out = new StringBuilder(start);
        this.separator = separator;
        this.defuse = defuse;
    }

    /**
     * CSV for programs rather than spreadsheets (data packages such as the HSDS export): commas as RFC 4180 and
     * Frictionless Data expect, no byte order mark, quoting as above, and values exactly as they are: a data
     * exchange must not turn "+31 71 123 4567" into "'+31 71 123 4567". Control characters are still removed.
     */
    public static CsvWriter forPrograms() {
        return new CsvWriter("", ',', false);
    }

    /** One line; a cell may be any value (its text) or null (empty). */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            Object cell = cells.get(i);
            String text = SafeText.orEmpty(cell == null ? null : cell.toString());
            out.append(quoted(defuse ? defused(text) : text));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !WHOLE_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }

    /** Every cell is quoted: simpler for readers, and a cell with a separator, quote or line break must be. */
    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
