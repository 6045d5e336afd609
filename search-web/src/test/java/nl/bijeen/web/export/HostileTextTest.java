package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * A source publishes a title with a spreadsheet formula and a script, a description that tries to end the iCal
 * event early, a formula as place and organiser, and a javascript: link. Every export must show that as harmless
 * text: no formula runs, no script runs, no event is forged, no link becomes clickable.
 */
@MicronautTest
class HostileTextTest extends ExportFixture {

    /** Connectors strip markup from titles, so the script rides in the organiser's name, which they keep. */
    static final String HOSTILE_TITLE = "=HYPERLINK(\"https://evil.example/\";\"Rommelmarkt\")";
    static final String HOSTILE_ORGANISER = "+Stichting <script>alert(1)</script> Rommel";
    static final Map<String, String> HOSTILE = Map.of("q", "rommelmarkt");

    @Test
    void icalKeepsTheTextAsTextAndCannotBeTrickedIntoAnExtraEvent() {
        String ics = text("/export/agenda.ics", HOSTILE);

        assertThat(ICalReader.events(ics)).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo(HOSTILE_TITLE);
            assertThat(e.description()).contains("END:VEVENT").contains("Organisator: " + HOSTILE_ORGANISER);
            assertThat(e.url()).as("javascript: link").isNull();
        });
        assertThat(ics).doesNotContain("\r\nSUMMARY:Nep").doesNotContain("javascript:");
    }

    @Test
    void aCraftedSubscriptionLinkCannotAddLinesToTheCalendar() {
        // The query is part of the calendar's name; a link on someone else's site could carry line breaks.
        String ics = text("/export/agenda.ics", Map.of("q", "koffie\r\nBEGIN:VEVENT\r\nSUMMARY:Nep\r\nEND:VEVENT"));

        assertThat(ICalReader.events(ics)).extracting(ICalReader.Event::summary).doesNotContain("Nep");
        assertThat(ics).doesNotContain("\r\nBEGIN:VEVENT\r\nSUMMARY:Nep");
        assertThat(ICalReader.value(ICalReader.calendar(ics), "X-WR-CALNAME")).startsWith("Bijeen – koffie ")
                .contains("SUMMARY:Nep");
    }

    @Test
    void rssEscapesMarkupSoReadersShowItAsText() throws Exception {
        SyndEntry entry = feedEntry("/export/activiteiten.rss");

        assertThat(entry.getAuthor()).doesNotContain("<script").contains("&lt;script&gt;alert(1)");
        assertThat(entry.getDescription().getValue()).doesNotContain("<script").contains("&lt;script&gt;alert(1)");
        assertThat(entry.getLink()).as("javascript: link replaced by the search page").startsWith("http");
    }

    @Test
    void atomDeclaresItsContentPlainTextSoReadersNeverRunIt() throws Exception {
        SyndEntry entry = feedEntry("/export/activiteiten.atom");

        assertThat(entry.getDescription().getType()).isEqualTo("text");
        assertThat(entry.getTitleEx().getType()).isIn(null, "text");
        assertThat(entry.getLink()).startsWith("http");
    }

    @Test
    void csvCellsThatAreFormulasGetAnApostropheSoExcelShowsThemAsText() {
        List<CSVRecord> rows = CsvExportTest.parse(get("/export/activiteiten.csv", HOSTILE).body());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("Activiteit")).isEqualTo("'" + HOSTILE_TITLE);
            assertThat(row.get("Waar")).startsWith("'@SUM(1+1)");
            assertThat(row.get("Organisator")).isEqualTo("'" + HOSTILE_ORGANISER);
            assertThat(row.get("Link")).isEmpty();
        });
    }

    @Test
    void netwerklijstDefusesAFormulaInTheOrganisersName() {
        List<CSVRecord> rows = CsvExportTest.parse(get("/export/netwerklijst.csv", HOSTILE).body());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("Organisator")).startsWith("'+Stichting");
            assertThat(row.get("E-mail")).isEqualTo("rommel@dekern.example");
        });
    }

    @Test
    void pdfPrintsMarkupAsText() {
        String text = PdfText.of(get("/export/boekje.pdf", HOSTILE).body()).text();

        assertThat(text).contains(HOSTILE_ORGANISER).contains("=HYPERLINK(");
    }

    @Test
    void resultsPageEscapesTheTextAndItsExportLinks() {
        String page = text("/", HOSTILE);

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("href=\"javascript:");
    }

    private SyndEntry feedEntry(String path) throws Exception {
        byte[] xml = get(path, HOSTILE).body();
        List<SyndEntry> entries = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml))).getEntries();
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }
}
