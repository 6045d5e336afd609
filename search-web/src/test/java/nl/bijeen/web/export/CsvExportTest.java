package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The two CSV lists, read back by Apache Commons CSV with the settings Dutch Excel uses. */
@MicronautTest
class CsvExportTest extends ExportFixture {

    static final CSVFormat DUTCH_EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).get();

    @Test
    void startsWithAByteOrderMarkSoExcelReadsItAsUtf8() {
        byte[] csv = get("/export/activiteiten.csv").body();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void isADownloadNamedActiviteitenCsv() {
        var response = get("/export/activiteiten.csv");

        assertThat(response.header("Content-Type")).startsWith("text/csv").contains("utf-8");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"activiteiten.csv\"");
    }

    @Test
    void activityListHasOneRowPerActivityWithDatesPlaceOrganiserCostAndLink() {
        List<CSVRecord> rows = parse(get("/export/activiteiten.csv", Map.of("q", "koffie")).body());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("Activiteit")).isEqualTo(COFFEE);
            assertThat(row.get("Wanneer")).contains("10.00–12.00 uur").doesNotContain("gaat niet door");
            assertThat(row.get("Alle data").split(", ")).hasSize(3);
            assertThat(row.get("Alle data").split(", ")[1]).endsWith("(gaat niet door)");
            assertThat(row.get("Waar")).isEqualTo("Buurthuis De Kern, Zeeweg 12, 2225 AB Katwijk");
            assertThat(row.get("Wijk")).isEqualTo(WIJK);
            assertThat(row.get("Organisator")).isEqualTo("Buurthuis De Kern");
            assertThat(row.get("Link")).isEqualTo("https://dekern.example/agenda/koffie");
            assertThat(row.get("Gepubliceerd op")).isEqualTo("Buurthuis De Kern — agenda");
            assertThat(row.get("Gaat niet door")).isEqualTo("nee");
        });
    }

    @Test
    void netwerklijstHasOneRowPerOrganiserWithItsEmailAndNumberOfActivities() {
        List<CSVRecord> rows = parse(get("/export/netwerklijst.csv").body());

        assertThat(rows).filteredOn(r -> r.get("Organisator").equals("Buurthuis De Kern")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("E-mail")).isEqualTo("info@dekern.example");
                    assertThat(row.get("Aantal activiteiten")).isEqualTo("2");
                    assertThat(row.get("Wijken")).isEqualTo(WIJK);
                });
    }

    static List<CSVRecord> parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            return DUTCH_EXCEL.parse(new StringReader(text.substring(1))).getRecords();
        } catch (Exception e) {
            throw new AssertionError("Commons CSV cannot read the export: " + e.getMessage() + "\n" + text, e);
        }
    }
}
