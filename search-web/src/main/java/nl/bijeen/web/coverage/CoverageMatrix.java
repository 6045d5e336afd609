package nl.bijeen.web.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Activity counts of wijken (rows) by theme or audience (columns) for a period, each with the count of the previous
 * period of equal length. An activity with two themes counts in both columns, so a row's total counts each
 * activity once and can be less than the sum of its cells.
 *
 * @param dimension "thema" or "doelgroep"
 */
public record CoverageMatrix(String dimension, String dimensionLabel, List<Label> columns, List<Row> rows, Row totals) {

    /** A row or column: a key (wijk code, taxonomy id; "" for "Wijk onbekend") and its Dutch name. */
    public record Label(String key, String name) {
    }

    /** What a cell says besides its number: in words, so it does not rely on colour. */
    public enum Mark {
        EMPTY("geen aanbod"), THIN("weinig aanbod"), NONE("");

        final String words;

        Mark(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Cell(long count, long previous, Mark mark) {
        public long change() {
            return count - previous;
        }

        /** "+2", "−1" or "0": the sign written out, for screen readers and the CSV. */
        public String changeText() {
            long c = change();
            return c > 0 ? "+" + c : c < 0 ? "-" + (-c) : "0";
        }
    }

    public record Row(Label label, List<Cell> cells, Cell total) {
    }

    /**
     * @param values what an activity has in this dimension (its themes or its audiences)
     */
    static CoverageMatrix count(String dimension, String dimensionLabel, List<Label> wijken, List<Label> columns,
                                Function<CountedActivity, List<String>> values, List<CountedActivity> now,
                                List<CountedActivity> before, int thinBelow) {
        List<Row> rows = new ArrayList<>();
        for (Label wijk : wijken) {
            Predicate<CountedActivity> inWijk = a -> a.wijk().equals(wijk.key());
            List<Cell> cells = new ArrayList<>();
            for (Label column : columns) {
                Predicate<CountedActivity> both = inWijk.and(a -> values.apply(a).contains(column.key()));
                cells.add(cell(now, before, both, thinBelow));
            }
            rows.add(new Row(wijk, cells, cell(now, before, inWijk, 0)));
        }
        List<Cell> columnTotals = new ArrayList<>();
        for (Label column : columns) {
            columnTotals.add(cell(now, before, a -> values.apply(a).contains(column.key()), 0));
        }
        Row totals = new Row(new Label("", "Totaal"), columnTotals, cell(now, before, a -> true, 0));
        return new CoverageMatrix(dimension, dimensionLabel, columns, rows, totals);
    }

    /** @param thinBelow 0 for totals: they are never marked */
    private static Cell cell(List<CountedActivity> now, List<CountedActivity> before,
                             Predicate<CountedActivity> which, int thinBelow) {
        long count = now.stream().filter(which).count();
        long previous = before.stream().filter(which).count();
        Mark mark = thinBelow == 0 ? Mark.NONE : count == 0 ? Mark.EMPTY : count < thinBelow ? Mark.THIN : Mark.NONE;
        return new Cell(count, previous, mark);
    }

    /** How many cells have no activities: the summary above the table. */
    public long empties() {
        return marked(Mark.EMPTY);
    }

    /** How many cells have some, but fewer than the setting. */
    public long thins() {
        return marked(Mark.THIN);
    }

    private long marked(Mark mark) {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.mark() == mark).count();
    }
}
