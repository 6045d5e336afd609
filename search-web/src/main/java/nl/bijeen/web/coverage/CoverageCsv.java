package nl.bijeen.web.coverage;

import java.util.List;

/**
 * CSV as Dutch Excel opens it with a double click, by the same rules as the exports' CSV (nl.bijeen.web.export,
 * whose writer is package-private there): UTF-8 with a byte order mark, semicolons, CRLF, every cell quoted, and a
 * text cell that starts like a formula ({@code = + - @}, tab, CR) gets a leading apostrophe. Whole numbers (also
 * a negative change such as -2) are left alone so Excel can sum them; they cannot hide a formula.
 */
final class CoverageCsv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    CoverageCsv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            out.append('"').append(defused(text).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Numbers stay numbers for Excel; any other text that starts like a formula is shown as text. */
    private static String defused(String cell) {
        boolean number = cell.matches("-?\\d+");
        return !number && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** One line per wijk and column, then the totals: easy to filter and pivot in Excel. */
    static String matrix(CoverageMatrix m) {
        CoverageCsv csv = new CoverageCsv().row(List.of("Wijk", "Wijkcode", m.dimensionLabel(), "Activiteiten",
                "Vorige periode", "Verschil", "Aanbod"));
        for (CoverageMatrix.Row row : m.rows()) {
            rows(csv, row, m);
        }
        rows(csv, m.totals(), m);
        return csv.toString();
    }

    private static void rows(CoverageCsv csv, CoverageMatrix.Row row, CoverageMatrix m) {
        for (int i = 0; i < m.columns().size(); i++) {
            CoverageMatrix.Cell cell = row.cells().get(i);
            csv.row(List.of(row.label().name(), row.label().key(), m.columns().get(i).name(), cell.count(),
                    cell.previous(), cell.change(), cell.mark().words()));
        }
        CoverageMatrix.Cell total = row.total();
        csv.row(List.of(row.label().name(), row.label().key(), "Totaal", total.count(), total.previous(),
                total.change(), ""));
    }
}
