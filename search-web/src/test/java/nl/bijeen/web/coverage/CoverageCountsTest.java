package nl.bijeen.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.FormClient;

/**
 * The coverage numbers over the small world of {@link CoverageWorld}, against expectations worked out by hand:
 * the cross-posted coffee morning counts once, the cancelled bingo never, the language café only in the week it
 * takes place; and the previous period's counts are the counts of the days just before.
 */
@MicronautTest
class CoverageCountsTest extends CoverageWorld {

    /** The wijken of config/geo by name (as Java sorts them), then "Wijk onbekend", with their CBS codes. */
    private static final Map<String, String> WIJKEN = wijken();
    private static final Taxonomy TAXONOMY = Taxonomy.load(Path.of(DemoWorldApp.configDir(), "taxonomy.yml"));

    @Test
    void themeMatrixOfTheFirstFiveDaysCountsEachActivityOnceAsWorkedOutByHand() {
        // D..D+4: coffee (Noord, ontmoeten; on two sites), yoga (Noord, bewegen), football (Rijnsburg, bewegen),
        // language lesson (aan Zee, taal). The bingo is cancelled; the language café (D+7) is later.
        Map<String, Long> now = cells("Katwijk Noord|Ontmoeten=1", "Katwijk Noord|Bewegen en sport=1",
                "Katwijk Noord|Totaal=2", "Rijnsburg|Bewegen en sport=1", "Rijnsburg|Totaal=1",
                "Katwijk aan Zee|Taal en leren=1", "Katwijk aan Zee|Totaal=1", "Totaal|Ontmoeten=1",
                "Totaal|Bewegen en sport=2", "Totaal|Taal en leren=1", "Totaal|Totaal=4");

        String csv = csv(professional(), "thema", dates(D, D.plusDays(4)));

        assertThat(csv).isEqualTo(expected("Thema", TAXONOMY.themes(), now, Map.of()));
    }

    @Test
    void audienceMatrixOfTheFirstFiveDaysCountsEachActivityOnceAsWorkedOutByHand() {
        Map<String, Long> now = cells("Katwijk Noord|Senioren=2", "Katwijk Noord|Totaal=2", "Rijnsburg|Jongeren=1",
                "Rijnsburg|Totaal=1", "Katwijk aan Zee|Kinderen=1", "Katwijk aan Zee|Totaal=1",
                "Totaal|Senioren=2", "Totaal|Jongeren=1", "Totaal|Kinderen=1", "Totaal|Totaal=4");

        String csv = csv(professional(), "doelgroep", dates(D, D.plusDays(4)));

        assertThat(csv).isEqualTo(expected("Doelgroep", TAXONOMY.audiences(), now, Map.of()));
    }

    @Test
    void theNextFiveDaysHoldOnlyTheLanguageCafeAndCompareWithTheFirstFive() {
        Map<String, Long> now = cells("Katwijk aan Zee|Taal en leren=1", "Katwijk aan Zee|Totaal=1",
                "Totaal|Taal en leren=1", "Totaal|Totaal=1");
        Map<String, Long> before = cells("Katwijk Noord|Ontmoeten=1", "Katwijk Noord|Bewegen en sport=1",
                "Katwijk Noord|Totaal=2", "Rijnsburg|Bewegen en sport=1", "Rijnsburg|Totaal=1",
                "Katwijk aan Zee|Taal en leren=1", "Katwijk aan Zee|Totaal=1", "Totaal|Ontmoeten=1",
                "Totaal|Bewegen en sport=2", "Totaal|Taal en leren=1", "Totaal|Totaal=4");

        String csv = csv(professional(), "thema", dates(D.plusDays(5), D.plusDays(9)));

        assertThat(csv).isEqualTo(expected("Thema", TAXONOMY.themes(), now, before));
        assertThat(csv).contains("\"Katwijk Noord\";\"WK053701\";\"Totaal\";\"0\";\"2\";\"-2\";\"\"\r\n");
    }

    @Test
    void aLongerPeriodTakesInTheLaterActivityToo() {
        String csv = csv(professional(), "thema", dates(D, D.plusDays(9)));

        assertThat(csv)
                .contains("\"Katwijk aan Zee\";\"WK053705\";\"Taal en leren\";\"2\";\"0\";\"2\";\"weinig aanbod\"")
                .contains("\"Totaal\";\"\";\"Totaal\";\"5\";\"0\";\"5\";\"\"");
    }

    /** The CSV lines of a matrix: every wijk × column (0 unless given), the row's total, then the column totals. */
    private static String expected(String dimension, List<Taxonomy.Entry> columns, Map<String, Long> now,
                                   Map<String, Long> before) {
        StringBuilder csv = new StringBuilder("\uFEFF" + line("Wijk", "Wijkcode", dimension, "Activiteiten",
                "Vorige periode", "Verschil", "Aanbod"));
        Map<String, String> rows = new LinkedHashMap<>(WIJKEN);
        rows.put("Totaal", "");
        rows.forEach((wijk, code) -> {
            List<String> names = new ArrayList<>(columns.stream().map(Taxonomy.Entry::label).toList());
            names.add("Totaal");
            for (String column : names) {
                long n = now.getOrDefault(wijk + "|" + column, 0L);
                long p = before.getOrDefault(wijk + "|" + column, 0L);
                boolean cell = !wijk.equals("Totaal") && !column.equals("Totaal");
                String mark = !cell ? "" : n == 0 ? "geen aanbod" : n < 3 ? "weinig aanbod" : "";
                csv.append(line(wijk, code, column, "" + n, "" + p, "" + (n - p), mark));
            }
        });
        return csv.toString();
    }

    /** Hand-worked counts as "wijk|column=count". */
    private static Map<String, Long> cells(String... counts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (String c : counts) {
            cells.put(c.substring(0, c.indexOf('=')), Long.parseLong(c.substring(c.indexOf('=') + 1)));
        }
        return cells;
    }

    private static String line(String... cells) {
        return "\"" + String.join("\";\"", cells) + "\"\r\n";
    }

    static String csv(FormClient client, String dimension, String query) {
        HttpResponse<String> answer = client.get("/dekking/" + dimension + ".csv?" + query);
        assertThat(answer.getStatus().getCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static Map<String, String> wijken() {
        Map<String, String> wijken = new LinkedHashMap<>();
        wijken.put("'t Heen", "WK053702");
        wijken.put("Katwijk Noord", "WK053701");
        wijken.put("Katwijk aan Zee", "WK053705");
        wijken.put("Katwijk aan den Rijn", "WK053703");
        wijken.put("Landelijk gebied Katwijk", "WK053706");
        wijken.put("Rijnsburg", "WK053707");
        wijken.put("Valkenburg", "WK053708");
        wijken.put("Wijk onbekend", "");
        return wijken;
    }
}
