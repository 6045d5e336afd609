package nl.bijeen.web.coverage;

import java.util.List;

import nl.bijeen.web.export.CsvWriter;

/** The coverage matrices as CSV, written by the application's one CSV writer ({@link CsvWriter}). */
final class CoverageCsv {

    private CoverageCsv() {
    }

    /** One line per wijk and column, then the totals: easy to filter and pivot in Excel. */
    static String matrix(CoverageMatrix m) {
        CsvWriter csv = new CsvWriter().row(List.of("Wijk", "Wijkcode", m.dimensionLabel(), "Activiteiten",
                "Vorige periode", "Verschil", "Aanbod"));
        for (CoverageMatrix.Row row : m.rows()) {
            rows(csv, row, m);
        }
        rows(csv, m.totals(), m);
        return csv.toString();
    }

    private static void rows(CsvWriter csv, CoverageMatrix.Row row, CoverageMatrix m) {
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
