package nl.bijeen.web.coverage;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;
import nl.bijeen.web.export.CsvWriter;

/** "Waar zoeken bewoners naar, zonder resultaat": the stored unmet demand of the last days, in words. */
@Singleton
public class DemandTable {

    /** One combination; a dimension that was not asked for reads "(niet gekozen)". */
    public record Row(String wijk, String theme, String audience, long searches) {
    }

    private final DemandStore store;
    private final CoverageProperties settings;

    DemandTable(DemandStore store, CoverageProperties settings) {
        this.store = store;
        this.settings = settings;
    }

    List<Row> rows(Coverage coverage, LocalDate today) {
        return store.since(today.minusDays(settings.demandDays() - 1L)).stream()
                .map(s -> new Row(name(s.key().wijk(), coverage::wijkName),
                        name(s.key().theme(), id -> label(coverage.themes(), id)),
                        name(s.key().audience(), id -> label(coverage.audiences(), id)), s.searches()))
                .toList();
    }

    static String csv(List<Row> rows) {
        CsvWriter csv = new CsvWriter().row(List.of("Wijk", "Thema", "Doelgroep", "Zoekopdrachten"));
        rows.forEach(r -> csv.row(List.of(r.wijk(), r.theme(), r.audience(), r.searches())));
        return csv.toString();
    }

    private static String name(String stored, java.util.function.UnaryOperator<String> names) {
        return DemandStore.NONE.equals(stored) ? "(niet gekozen)"
                : DemandStore.UNKNOWN.equals(stored) ? "(onbekende keuze)" : names.apply(stored);
    }

    private static String label(List<CoverageMatrix.Label> labels, String id) {
        return labels.stream().filter(l -> l.key().equals(id)).map(CoverageMatrix.Label::name).findFirst()
                .orElse(id);
    }
}
