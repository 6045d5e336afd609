package nl.bijeen.web.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The filters and sorting of the sources table, read from GET parameters so the table works without JavaScript:
 * {@code gezondheid}, {@code formaat}, {@code herkomst}, {@code tekst}, {@code sorteer} (a column) and
 * {@code richting} ({@code op} or {@code af}). Unknown values are ignored: the table then shows everything by id.
 */
public record SourceTableQuery(String health, String format, String origin, String text, String sort,
                               boolean descending) {

    /** The sortable columns by their parameter value. */
    static final Map<String, Comparator<SourceRow>> COLUMNS = Map.of(
            "id", by(SourceRow::id),
            "naam", by(r -> r.name().toLowerCase(Locale.ROOT)),
            "gezondheid", by(SourceRow::health),
            "formaat", by(SourceRow::format),
            "herkomst", by(SourceRow::origin),
            "opgehaald", by(SourceRow::lastAttempt),
            "gelukt", by(SourceRow::lastSuccess),
            "items", by(SourceRow::items),
            "duur", by(SourceRow::durationMs),
            "volgende", by(SourceRow::nextDue));

    static SourceTableQuery of(Map<String, String> p) {
        String sort = COLUMNS.containsKey(p.getOrDefault("sorteer", "")) ? p.get("sorteer") : "id";
        return new SourceTableQuery(blank(p.get("gezondheid")), blank(p.get("formaat")), blank(p.get("herkomst")),
                blank(p.get("tekst")), sort, "af".equals(p.get("richting")));
    }

    List<SourceRow> apply(List<SourceRow> rows) {
        Comparator<SourceRow> order = COLUMNS.get(sort).thenComparing(SourceRow::id);
        return rows.stream().filter(this::matches).sorted(descending ? order.reversed() : order).toList();
    }

    /** The link that sorts on {@code column}: the other way round when it is the current column. */
    public String sortLink(String column) {
        String direction = column.equals(sort) && !descending ? "af" : "op";
        return "/beheer/bronnen?" + param("gezondheid", health) + param("formaat", format) + param("herkomst", origin)
                + param("tekst", text) + "sorteer=" + column + "&richting=" + direction;
    }

    /** For aria-sort on the column header. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    private boolean matches(SourceRow row) {
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return (health == null || health.equals(row.health()))
                && (format == null || format.equals(row.format()))
                && (origin == null || origin.equals(row.origin()))
                && (needle == null || (row.id() + " " + row.name() + " " + row.url()).toLowerCase(Locale.ROOT)
                        .contains(needle));
    }

    private static <T extends Comparable<? super T>> Comparator<SourceRow> by(Function<SourceRow, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static String param(String name, String value) {
        return value == null ? "" : name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                + "&";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
