package nl.bijeen.web.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.aggregator.source.SourceRepository;
import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;

/** A site owner pastes an address, sees the preview and registers: over real HTTP, against a real site on loopback. */
@MicronautTest
class OwnerRegistrationTest extends StaffApp {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    OwnerRegistrationTest() {
        super("owner-registration");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.owners.previews-per-hour", "1000");
        properties.put("bijeen.owners.registrations-per-hour", "1000");
        return properties;
    }

    @Test
    void previewShowsTheFeedFoundTheActivitiesUnderstoodAndWarnings() {
        try (OwnerSite site = new OwnerSite("Koffie bij het voorbeeld")) {
            HttpResponse<String> answer = browser().submit("/aanmelden", "/aanmelden/voorbeeld",
                    Map.of("adres", site.home().toString()));

            assertThat(answer.getStatus().getCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Bijeen begreep <span class=\"count\">3</span>")
                    .contains(site.feed().toString())
                    .contains("aangekondigd in de kop van de pagina (link rel=alternate)")
                    .contains("Koffie bij het voorbeeld")
                    .contains(PreviewWarnings.NO_IMAGES)
                    .contains("name=\"toestemming\"");
            assertThat(aggregator.owners().known(site.feed())).as("a preview stores nothing").isEmpty();
        }
    }

    @Test
    void previewOfASiteWhoseRobotsTxtForbidsItSaysSoAndOffersNoRegistration() {
        try (OwnerSite site = new OwnerSite("Koffie achter robots")) {
            site.server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");

            HttpResponse<String> answer = browser().submit("/aanmelden", "/aanmelden/voorbeeld",
                    Map.of("adres", site.home().toString()));

            assertThat(answer.body()).contains(PreviewMaker.NOTHING_FOUND).contains("robots.txt")
                    .doesNotContain("name=\"toestemming\"");
        }
    }

    @Test
    void aPastedTextThatIsNoAddressIsExplainedAndKept() {
        HttpResponse<String> answer = browser().submit("/aanmelden", "/aanmelden/voorbeeld",
                Map.of("adres", "mijn buurthuis"));

        assertThat(answer.getStatus().getCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Dit is geen webadres").contains("value=\"mijn buurthuis\"");
    }

    @Test
    void registrationCreatesAPendingSourceThatIsNotCrawled() {
        try (OwnerSite site = new OwnerSite("Koffie in de wachtkamer")) {
            FormClient owner = browser();
            HttpResponse<String> answer = register(owner, site, "Buurthuis Wachtkamer");

            assertThat(answer.getStatus().getCode()).isEqualTo(303);
            String link = answer.header("Location");
            assertThat(link).startsWith("/mijn-bron/").endsWith("?melding=aangemeld");
            OwnedSource source = aggregator.owners().known(site.feed()).orElseThrow();
            assertThat(source.approval()).isEqualTo(OwnedSource.Approval.PENDING);
            assertThat(source.previewCount()).isEqualTo(3);
            assertThat(source.ownerEmail()).isEqualTo("anna@buurthuis.example");
            assertThat(new SourceRepository(dataSource).claimDue(Instant.now().plusSeconds(5), Duration.ofMinutes(5),
                    100)).as("the scheduler never claims a pending source").doesNotContain(source.id());
            assertThat(aggregator.sources()).filteredOn(s -> s.id().equals(source.id()))
                    .singleElement().satisfies(s -> {
                        assertThat(s.enabled()).isFalse();
                        assertThat(s.lastAttemptAt()).isNull();
                    });
            String page = owner.get(link).body();
            assertThat(page).contains("Buurthuis Wachtkamer").contains("wacht op goedkeuring")
                    .contains("bladwijzer").contains("geen e-mail");
        }
    }

    @Test
    void registrationWithoutConsentIsRefusedAndKeepsWhatWasFilledIn() {
        try (OwnerSite site = new OwnerSite("Koffie zonder vinkje")) {
            Map<String, String> form = registrationForm(site, "Buurthuis Zonder Vinkje");
            form.remove("toestemming");

            HttpResponse<String> answer = browser().submit("/aanmelden", "/aanmelden", form);

            assertThat(answer.getStatus().getCode()).isEqualTo(400);
            assertThat(answer.body()).contains("Zet een vinkje bij de toestemming")
                    .contains("value=\"Buurthuis Zonder Vinkje\"").contains("value=\"anna@buurthuis.example\"");
            assertThat(aggregator.owners().known(site.feed())).isEmpty();
        }
    }

    @Test
    void theSameFeedIsRegisteredOnceAndThePageSaysItIsKnown() {
        try (OwnerSite site = new OwnerSite("Koffie in tweevoud")) {
            register(browser(), site, "Buurthuis Eerste");

            HttpResponse<String> preview = browser().submit("/aanmelden", "/aanmelden/voorbeeld",
                    Map.of("adres", site.home().toString()));
            Map<String, String> again = registrationForm(site, "Buurthuis Tweede");
            again.put("feed", site.feed() + "/"); // the same feed, written slightly differently
            HttpResponse<String> second = browser().submit("/aanmelden", "/aanmelden", again);

            assertThat(preview.body()).contains("Deze agenda is al bekend").contains("wacht op goedkeuring");
            assertThat(second.getStatus().getCode()).isEqualTo(200);
            assertThat(second.body()).contains("Deze agenda is al bekend");
            assertThat(aggregator.owners().pending()).filteredOn(s -> s.name().startsWith("Buurthuis Tweede"))
                    .isEmpty();
        }
    }

    @Test
    void theConfiguredAgendaIsAlreadyKnown() {
        HttpResponse<String> answer = browser().submit("/aanmelden", "/aanmelden/voorbeeld",
                Map.of("adres", agenda.agendaUri().toString()));

        assertThat(answer.body()).contains("Deze agenda is al bekend").contains("Bijeen volgt deze agenda al.");
    }

    @Test
    void formsWithoutTheirTokenChangeNothing() {
        try (OwnerSite site = new OwnerSite("Koffie zonder token")) {
            Map<String, String> form = registrationForm(site, "Buurthuis Zonder Token");

            assertThat(browser().post("/aanmelden", form).getStatus().getCode()).isEqualTo(403);
            assertThat(browser().post("/aanmelden/voorbeeld", Map.of("adres", site.home().toString()))
                    .getStatus().getCode()).isEqualTo(403);
            assertThat(aggregator.owners().known(site.feed())).isEmpty();
        }
    }

    static HttpResponse<String> register(FormClient owner, OwnerSite site, String name) {
        return owner.submit("/aanmelden", "/aanmelden", registrationForm(site, name));
    }

    static Map<String, String> registrationForm(OwnerSite site, String name) {
        Map<String, String> form = new HashMap<>();
        form.put("adres", site.home().toString());
        form.put("feed", site.feed().toString());
        form.put("formaat", "ical");
        form.put("naam", name);
        form.put("contact", "Anna");
        form.put("email", "anna@buurthuis.example");
        form.put("toestemming", "ja");
        return form;
    }
}
