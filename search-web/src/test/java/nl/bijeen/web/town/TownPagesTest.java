package nl.bijeen.web.town;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.OrganisationRows;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.web.export.ExportSource;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;

/**
 * Over de stad over real HTTP with a real store: the town and wijk pages with their live numbers, and the admin
 * writing a page's text and contacts. The test agenda's coffee mornings lie in Katwijk aan Zee.
 */
@MicronautTest
class TownPagesTest extends StaffApp {

    static final String TOWN = "/over-de-stad/katwijk";
    static final String WIJK_PAGE = TOWN + "/katwijk-aan-zee";

    @Inject
    DataSource dataSource;
    @Inject
    ExportSource places;
    @Inject
    AuditLog audit;

    TownPagesTest() {
        super("town-pages");
    }

    @Test
    void theIndexListsTheTownWithEachOfItsWijken() {
        String page = text("/over-de-stad");

        assertThat(page).contains("href=\"/over-de-stad/katwijk\"").contains(">Katwijk</a>");
        places.wijken().forEach(w -> assertThat(page).contains(">" + w.name().replace("'", "&#39;") + "</a>"));
        assertThat(page).contains("href=\"" + WIJK_PAGE + "\"");
    }

    @Test
    void aWijkPageNobodyWroteShowsItsNumbersAndSaysWhatIsMissing() {
        String page = text(TOWN + "/rijnsburg");

        assertThat(page).contains("<h1>Rijnsburg</h1>")
                .contains("Over deze wijk is nog geen tekst geschreven")
                .contains("Hier komen de belangrijkste adressen")
                .contains("activiteiten deze week").contains("wijkwebsites");
    }

    @Test
    void theWijkNumbersAreTheStoresLiveActivitiesInThatWijk() {
        String wijk = wijkCode();
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        LocalDate today = LocalDate.now(zone);
        List<ActivityDraft> here = aggregator.store().findBySource(SOURCE).stream().map(StoredActivity::draft)
                .filter(d -> d.place() != null && wijk.equals(d.place().wijk()))
                .filter(d -> d.status() != ActivityDraft.Status.CANCELLED).toList();
        long week = dated(here, today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), zone);
        long month = dated(here, today, today.with(TemporalAdjusters.lastDayOfMonth()), zone);

        String page = text(WIJK_PAGE);

        assertThat(here).as("the test agenda has activities in %s", WIJK).isNotEmpty();
        assertThat(tile(page, "activiteit(en)? deze week")).isEqualTo(week);
        assertThat(tile(page, "activiteit(en)? deze maand")).isEqualTo(month);
    }

    @Test
    void anOrganisationWorkingInTheWijkIsCountedWhileItIsLive() {
        long before = tile(text(WIJK_PAGE), "organisaties? werk(t|en) hier");
        StoredOrganisation welfare = new StoredOrganisation(9101, "Welzijnskwartier", List.of(),
                OrganisationKind.WELZIJN, null, List.of(), List.of(), List.of(wijkCode()), null, null, null, null,
                List.of(), null, null, List.of(SOURCE), 0, null, null);

        OrganisationRows.put(dataSource, welfare, List.of());
        long during = tile(text(WIJK_PAGE), "organisaties? werk(t|en) hier");
        long town = tile(text(TOWN), "organisaties? werk(t|en) hier");
        OrganisationRows.remove(dataSource, welfare.id());
        long after = tile(text(WIJK_PAGE), "organisaties? werk(t|en) hier");

        assertThat(during).isEqualTo(before + 1);
        assertThat(town).isGreaterThanOrEqualTo(during);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anAdminWritesTheTextAndContactsResidentsThenSee() {
        FormClient admin = browser().logIn(ADMIN, PASSWORD);
        Map<String, String> form = form("## Welkom\n\nDe wijk aan zee. <script>alert(1)</script>\n\n- markt op donderdag",
                "Welzijnsloket Katwijk", "071 123 45 67");

        HttpResponse<String> saved = admin.submit("/beheer" + WIJK_PAGE, "/beheer" + WIJK_PAGE, form);
        String page = text(WIJK_PAGE);

        assertThat(saved.getStatus().getCode()).isEqualTo(303);
        assertThat(page).contains("<h2>Welkom</h2>").contains("<li>markt op donderdag</li>")
                .doesNotContain("<script>alert").doesNotContain("nog geen tekst geschreven")
                .contains("Welzijnsloket Katwijk").contains("href=\"tel:0711234567\"")
                .contains("href=\"mailto:loket@katwijk.example\"");
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("town.edit");
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.subject()).isEqualTo(wijkCode());
        });
        assertThat(admin.get("/beheer" + WIJK_PAGE).body()).contains("value=\"Welzijnsloket Katwijk\"")
                .contains("markt op donderdag");
    }

    @Test
    void thePreviewShowsTheSanitisedTextAndStoresNothing() {
        FormClient admin = browser().logIn(ADMIN, PASSWORD);
        Map<String, String> form = form("# Voorbeeldtekst Noordwijk-binnen", "", "");
        form.put("actie", "voorbeeld");

        HttpResponse<String> preview = admin.submit("/beheer" + TOWN, "/beheer" + TOWN, form);

        assertThat(preview.getStatus().getCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Voorbeeld (nog niet opgeslagen)")
                .contains("<h2>Voorbeeldtekst Noordwijk-binnen</h2>");
        assertThat(text(TOWN)).doesNotContain("Voorbeeldtekst Noordwijk-binnen");
    }

    @Test
    void aWrongContactIsExplainedAndEverythingTypedIsKept() {
        FormClient admin = browser().logIn(ADMIN, PASSWORD);
        Map<String, String> form = form("Tekst die blijft staan", "Buurtteam Rijnsburg", "bel ons");

        HttpResponse<String> answer = admin.submit("/beheer" + TOWN + "/rijnsburg", "/beheer" + TOWN + "/rijnsburg",
                form);

        assertThat(answer.getStatus().getCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Contact 1: dit is geen telefoonnummer")
                .contains("Tekst die blijft staan").contains("value=\"Buurtteam Rijnsburg\"")
                .contains("value=\"bel ons\"");
        assertThat(text(TOWN + "/rijnsburg")).doesNotContain("Tekst die blijft staan");
    }

    @Test
    void onlyAdminsEditAndOnlyWithTheFormsToken() {
        FormClient professional = browser().logIn(PROFESSIONAL, PASSWORD);
        FormClient admin = browser().logIn(ADMIN, PASSWORD);

        assertThat(professional.get("/beheer" + TOWN).getStatus().getCode()).isEqualTo(403);
        assertThat(browser().get("/beheer" + TOWN).getStatus().getCode()).isIn(303, 401);
        assertThat(admin.post("/beheer" + TOWN, form("Zonder token", "", "")).getStatus().getCode())
                .isEqualTo(403);
        assertThat(text(TOWN)).doesNotContain("Zonder token");
    }

    @Test
    void anUnknownTownOrWijkIsNotFound() {
        assertThat(browser().get("/over-de-stad/atlantis").getStatus().getCode()).isEqualTo(404);
        assertThat(browser().get(TOWN + "/atlantis").getStatus().getCode()).isEqualTo(404);
    }

    private String wijkCode() {
        return places.wijk(WIJK).orElseThrow().code();
    }

    private static Map<String, String> form(String text, String contact, String phone) {
        Map<String, String> form = new HashMap<>();
        form.put("tekst", text);
        form.put("contact.1.naam", contact);
        form.put("contact.1.rol", contact.isEmpty() ? "" : "Hulp bij geldzaken en eenzaamheid");
        form.put("contact.1.telefoon", phone);
        form.put("contact.1.email", contact.isEmpty() ? "" : "loket@katwijk.example");
        form.put("actie", "opslaan");
        return form;
    }

    private static long dated(List<ActivityDraft> drafts, LocalDate from, LocalDate to, ZoneId zone) {
        return drafts.stream().filter(d -> d.schedule().occurrences().stream().filter(o -> !o.cancelled())
                .map(o -> o.start().withZoneSameInstant(zone).toLocalDate())
                .anyMatch(day -> !day.isBefore(from) && !day.isAfter(to))).count();
    }

    /** The number on the tile whose words match {@code words}. */
    private static long tile(String page, String words) {
        Matcher m = Pattern.compile("<span class=\"number\">(\\d+)</span>\\s*<a [^>]*>" + words + "</a>")
                .matcher(page);
        assertThat(m.find()).as("a tile with '%s'", words).isTrue();
        return Long.parseLong(m.group(1));
    }
}
