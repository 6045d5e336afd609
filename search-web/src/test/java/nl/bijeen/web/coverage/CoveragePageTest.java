package nl.bijeen.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.support.FormClient;

/** The coverage page over the small world: what a welfare worker reads, the downloads, and odd periods. */
@MicronautTest
class CoveragePageTest extends CoverageWorld {

    @Test
    void theCrossPostedCoffeeMorningIsOneActivityPublishedOnBothSites() {
        StoredActivity coffee = aggregator.store().findBySource(KERK).stream()
                .filter(a -> a.draft().title().equals("Koffieochtend voor senioren")).findFirst().orElseThrow();

        assertThat(coffee.publications()).extracting(p -> p.sourceId()).containsExactlyInAnyOrder(NOORD, KERK);
    }

    @Test
    void emptyAndThinCellsAreMarkedInWordsNotOnlyByColour() {
        String page = professional().get("/dekking?" + dates(D, D.plusDays(4))).body();

        assertThat(cell(page, "Katwijk Noord", 0)).contains("class=\"thin\"").contains(">1<").contains("weinig aanbod");
        assertThat(cell(page, "Rijnsburg", 0)).contains("class=\"empty\"").contains(">0<").contains("geen aanbod");
        assertThat(page).contains("Doorlopend aanbod zonder datum (etalage) telt in elke periode");
    }

    @Test
    void aHigherThresholdIsNotNeededForCellsWithEnough() {
        String csv = CoverageCountsTest.csv(professional(), "doelgroep", dates(D, D.plusDays(4)));

        // two activities for seniors in Katwijk Noord: below the default of 3, so still thin
        assertThat(csv).contains("\"Katwijk Noord\";\"WK053701\";\"Senioren\";\"2\";\"0\";\"2\";\"weinig aanbod\"");
    }

    @Test
    void switchingThePeriodChangesWhatThePageCounts() {
        FormClient worker = professional();

        String first = worker.get("/dekking?" + dates(D, D.plusDays(4))).body();
        String later = worker.get("/dekking?" + dates(D.plusDays(5), D.plusDays(9))).body();

        assertThat(total(first)).isEqualTo("4");
        assertThat(total(later)).isEqualTo("1");
        assertThat(worker.get("/dekking?periode=8").body()).contains("value=\"8\" checked");
    }

    @Test
    void csvDownloadsAreFilesDutchExcelOpens() {
        HttpResponse<String> answer = professional().get("/dekking/thema.csv?" + dates(D, D.plusDays(4)));

        assertThat(answer.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"dekking-thema-" + D + "-" + D.plusDays(4) + ".csv\"");
        assertThat(answer.body()).startsWith("\uFEFF\"Wijk\";\"Wijkcode\";\"Thema\";");
        for (String file : new String[] {"doelgroep.csv", "kaart.csv?kaart=thema:bewegen", "bronnen.csv",
                "zoekvraag.csv"}) {
            HttpResponse<String> other = professional().get("/dekking/" + file);
            assertThat(other.getStatus().getCode()).as(file).isEqualTo(200);
            assertThat(other.header("Content-Disposition")).as(file).startsWith("attachment; filename=\"dekking-");
            assertThat(other.body()).as(file).startsWith("\uFEFF\"");
        }
    }

    @Test
    void theMapDataHasEachWijkWithTheCountOfTheChosenTheme() {
        FormClient worker = professional();
        String query = dates(D, D.plusDays(4)) + "&kaart=thema:bewegen";

        String geojson = worker.get("/dekking/wijken.geojson?" + query).body();
        String table = worker.get("/dekking/kaart.csv?" + query).body();

        assertThat(geojson).contains("\"type\":\"FeatureCollection\"").contains("\"naam\":\"Rijnsburg\"");
        assertThat(geojson.split("\"type\":\"Feature\"", -1)).hasSize(8); // 7 wijken
        assertThat(table).contains("\"Rijnsburg\";\"WK053707\";\"Thema: Bewegen en sport\";\"1\";\"0\";\"1\"")
                .contains("\"Katwijk aan Zee\";\"WK053705\";\"Thema: Bewegen en sport\";\"0\";\"0\";\"0\";"
                        + "\"geen aanbod\"");
    }

    @Test
    void aWrongPeriodShowsTheDefaultWithAMessageAndIsRefusedForDownloads() {
        FormClient worker = professional();

        HttpResponse<String> page = worker.get("/dekking?periode=datums&van=2026-12-10&tot=2026-12-01");
        HttpResponse<String> csv = worker.get("/dekking/thema.csv?periode=datums&van=morgen&tot=2026-12-01");

        assertThat(page.getStatus().getCode()).isEqualTo(200);
        assertThat(page.body()).contains("De einddatum (2026-12-01) ligt voor de begindatum (2026-12-10).");
        assertThat(csv.getStatus().getCode()).isEqualTo(400);
        assertThat(csv.body()).contains("De begindatum \"morgen\" is geen datum.");
    }

    @Test
    void aSourceThatNeverWorkedIsListedWithItsWijkAndItsErrorInDutch() {
        FormClient worker = professional();

        String page = worker.get("/dekking").body();
        String csv = worker.get("/dekking/bronnen.csv").body();

        assertThat(page).containsPattern("<th scope=\"row\">Speeltuin Valkenburg</th>\\s*<td>Valkenburg</td>\\s*"
                + "<td>nooit</td>\\s*<td>nog nooit gelukt</td>\\s*<td>[^<]+</td>");
        assertThat(csv).contains("\"Speeltuin Valkenburg\";\"" + BROKEN + "\";\"Valkenburg\";\"nooit\";\"1\"");
        assertThat(page).doesNotContain("<th scope=\"row\">Dorpskerk</th>");
    }

    /** The {@code index}-th cell of a wijk's row in the first (theme) matrix. */
    private static String cell(String page, String wijk, int index) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(wijk) + "</th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("row of " + wijk).isTrue();
        Matcher cells = Pattern.compile("<td[^>]*>.*?</td>", Pattern.DOTALL).matcher(row.group(1));
        for (int i = 0; i <= index; i++) {
            assertThat(cells.find()).isTrue();
        }
        return cells.group();
    }

    /** The grand total of the theme matrix. */
    private static String total(String page) {
        Matcher m = Pattern.compile("<tfoot>.*?<td class=\"total\"><span class=\"count\">(\\d+)</span>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
