package nl.bijeen.web.coverage;

import java.util.ArrayList;
import java.util.List;

import nl.bijeen.web.coverage.CoverageMatrix.Cell;
import nl.bijeen.web.coverage.CoverageMatrix.Label;
import nl.bijeen.web.coverage.CoverageMatrix.Row;
import nl.bijeen.web.coverage.WijkShapes.MapRow;
import nl.bijeen.web.export.CsvWriter;

/**
 * What the map colours: all activities ({@value #ALL}), one theme ("thema:ontmoeten") or one audience
 * ("doelgroep:senioren"). An unknown value shows all activities.
 *
 * @param dimension null for all activities
 * @param column    the theme or audience; null for all activities
 */
public record MapChoice(String value, String label, String dimension, Label column) {

    static final String ALL = "alles";

    static MapChoice parse(String value, Coverage coverage) {
        String wanted = value == null ? "" : value.strip();
        int colon = wanted.indexOf(':');
        if (colon > 0) {
            String dimension = wanted.substring(0, colon);
            if (Coverage.THEMES.equals(dimension) || Coverage.AUDIENCES.equals(dimension)) {
                var column = coverage.column(dimension, wanted.substring(colon + 1));
                if (column.isPresent()) {
                    return of(dimension, column.get());
                }
            }
        }
        return new MapChoice(ALL, "Alle activiteiten", null, null);
    }

    static List<MapChoice> all(Coverage coverage) {
        List<MapChoice> all = new ArrayList<>();
        all.add(new MapChoice(ALL, "Alle activiteiten", null, null));
        coverage.themes().forEach(t -> all.add(of(Coverage.THEMES, t)));
        coverage.audiences().forEach(a -> all.add(of(Coverage.AUDIENCES, a)));
        return all;
    }

    private static MapChoice of(String dimension, Label column) {
        String prefix = Coverage.THEMES.equals(dimension) ? "Thema: " : "Doelgroep: ";
        return new MapChoice(dimension + ":" + column.key(), prefix + column.name(), dimension, column);
    }

    /** Per wijk the count of this choice: a column of a matrix, or the wijk totals for all activities. */
    List<MapRow> rows(Coverage.Report report) {
        CoverageMatrix matrix = report.matrix(dimension == null ? Coverage.THEMES : dimension);
        int index = column == null ? -1 : matrix.columns().indexOf(column);
        List<MapRow> rows = new ArrayList<>();
        for (Row row : matrix.rows()) {
            Cell cell = index < 0 ? row.total() : row.cells().get(index);
            String mark = cell.count() == 0 ? CoverageMatrix.Mark.EMPTY.words() : cell.mark().words();
            rows.add(new MapRow(row.label().key(), row.label().name(), cell.count(), cell.previous(), mark));
        }
        return rows;
    }

    static String csv(MapChoice choice, List<MapRow> rows) {
        CsvWriter csv = new CsvWriter().row(List.of("Wijk", "Wijkcode", "Kaart", "Activiteiten",
                "Vorige periode", "Verschil", "Aanbod"));
        for (MapRow row : rows) {
            csv.row(List.of(row.name(), row.code(), choice.label(), row.count(), row.previous(),
                    row.count() - row.previous(), row.mark()));
        }
        return csv.toString();
    }
}
