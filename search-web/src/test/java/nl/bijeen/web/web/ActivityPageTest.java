package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** {@code /activiteit/{id}}: everything about one activity, safe against what a source puts in it. */
@MicronautTest
class ActivityPageTest extends PagesFixture {

    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Inject
    JsonMapper json;

    @Test
    void listsEveryComingDateAndMarksTheCancelledOne() {
        String page = text(pageOf(COFFEE));

        assertThat(page.split("<li><span>", -1)).hasSize(4);
        assertThat(page).containsOnlyOnce("(gaat niet door)");
    }

    @Test
    void showsPlaceWithAddressAsTextEvenWhereTheMapCannotLoad() {
        String page = text(pageOf(COFFEE));

        assertThat(page).contains("<strong>Buurthuis De Kern</strong>").contains("Zeeweg 12")
                .contains("data-lat=\"52.205\"").contains("data-tiles=\"https://")
                .contains("<a href=\"/wijk/");
    }

    @Test
    void listsEverySiteItWasPublishedOnWithItsLink() {
        String page = text(pageOf(COFFEE));

        assertThat(page).contains("Hier staat deze activiteit ook")
                .contains("<a href=\"https://dekern.example/agenda/koffie\">Buurthuis De Kern — agenda</a>");
    }

    @Test
    void linksTheOrganiserPageAndTheCalendarFileOfThisActivity() {
        String path = pageOf(COFFEE);
        String page = text(path);

        assertThat(page).contains("<a href=\"/organisatie/Buurthuis%20De%20Kern\">Buurthuis De Kern</a>")
                .contains("href=\"/export" + path + ".ics\">Zet in mijn agenda</a>");
        String ics = text("/export" + path + ".ics");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:" + COFFEE).doesNotContain("Klaverjassen");
    }

    @Test
    void scrapedScriptsAreShownAsTextAndJavascriptLinksAreDropped() {
        String page = text(pageOf("=HYPERLINK"));

        assertThat(page).doesNotContain("<script>alert").contains("+Stichting &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<h1>=HYPERLINK(&quot;https://evil.example/&quot;").doesNotContain("javascript:");
    }

    @Test
    void eventJsonLdIsValidAndCannotBeClosedByScrapedText() throws Exception {
        String page = text(pageOf("=HYPERLINK"));

        Matcher m = JSON_LD.matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).doesNotContain("<").doesNotContain(">");
        var event = json.readValue(m.group(1), java.util.Map.class);
        assertThat(event).containsEntry("@type", "Event").containsKey("startDate");
        assertThat(event.get("name")).isEqualTo("=HYPERLINK(\"https://evil.example/\";\"Rommelmarkt\")");
        assertThat(event.get("organizer").toString()).contains("<script>alert(1)</script>");
    }

    @Test
    void unknownActivityGivesAPlainDutchNotFoundPage() {
        assertThat(status("/activiteit/987654")).isEqualTo(404);
        assertThat(status("/activiteit/niet-een-nummer")).isEqualTo(404);
        assertThat(status("/export/activiteit/987654.ics")).isEqualTo(404);
    }
}
