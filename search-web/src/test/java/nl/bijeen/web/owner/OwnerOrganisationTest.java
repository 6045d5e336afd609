package nl.bijeen.web.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;
import nl.bijeen.web.support.Wait;

/**
 * The site owner tells Bijeen about the organisation behind the site, at the registration and later on the owner's
 * page: stored as organiser JSON in source_organisation, checked with plain Dutch problems, nothing typed lost.
 */
@MicronautTest
class OwnerOrganisationTest extends StaffApp {

    @Inject
    OwnerOrganisations organisations;
    @Inject
    OrganisationStore store;

    OwnerOrganisationTest() {
        super("owner-organisation");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.owners.previews-per-hour", "1000");
        properties.put("bijeen.owners.registrations-per-hour", "1000");
        return properties;
    }

    @Test
    void theRegistrationFormOffersTheOrganisationFieldsWithEveryKind() {
        try (OwnerSite site = new OwnerSite("Koffie met velden")) {
            String preview = browser().submit("/aanmelden", "/aanmelden/voorbeeld",
                    Map.of("adres", site.home().toString())).body();

            assertThat(preview).contains("Over uw organisatie (mag leeg blijven)").contains("name=\"org.naam\"")
                    .contains("<option value=\"bibliotheek\">Bibliotheek</option>")
                    .contains("name=\"org.adres\"");
        }
    }

    @Test
    void theOrganisationEnteredAtRegistrationIsStoredWithTheSource() {
        try (OwnerSite site = new OwnerSite("Koffie bij de stichting")) {
            Map<String, String> form = OwnerRegistrationTest.registrationForm(site, "Agenda Stichting Dorpsbelang");
            form.putAll(organisation("Stichting Dorpsbelang", "bewonersinitiatief", "071 555 12 34"));

            HttpResponse<String> answer = browser().submit("/aanmelden", "/aanmelden", form);

            assertThat(answer.getStatus().getCode()).isEqualTo(303);
            OwnedSource source = aggregator.owners().known(site.feed()).orElseThrow();
            Organiser stored = organisations.find(source.id()).orElseThrow();
            assertThat(stored.name()).isEqualTo("Stichting Dorpsbelang");
            assertThat(stored.kind()).isEqualTo("bewonersinitiatief");
            assertThat(stored.phone()).isEqualTo("071 555 12 34");
            assertThat(stored.email()).isEqualTo("info@dorpsbelang.example");
            assertThat(stored.url()).isEqualTo("https://www.dorpsbelang.example");
            assertThat(stored.description()).isEqualTo("Wij organiseren de dorpsfeesten.");
            assertThat(stored.place().address()).isEqualTo("Dorpsstraat 1, 2231 AB Rijnsburg");
        }
    }

    @Test
    void aRegistrationWithoutOrganisationFieldsStoresNoOrganisation() {
        try (OwnerSite site = new OwnerSite("Koffie zonder organisatie")) {
            browser().submit("/aanmelden", "/aanmelden",
                    OwnerRegistrationTest.registrationForm(site, "Buurthuis Zonder Gegevens"));

            OwnedSource source = aggregator.owners().known(site.feed()).orElseThrow();
            assertThat(organisations.find(source.id())).isEmpty();
        }
    }

    @Test
    void aWrongOrganisationFieldIsExplainedAndNothingTypedIsLost() {
        try (OwnerSite site = new OwnerSite("Koffie met fout nummer")) {
            Map<String, String> form = OwnerRegistrationTest.registrationForm(site, "Buurthuis Fout Nummer");
            form.putAll(organisation("Stichting Fout Nummer", "buurthuis", "bel maar"));

            HttpResponse<String> answer = browser().submit("/aanmelden", "/aanmelden", form);

            assertThat(answer.getStatus().getCode()).isEqualTo(400);
            assertThat(answer.body()).contains("Het telefoonnummer van uw organisatie klopt niet")
                    .contains("value=\"Stichting Fout Nummer\"").contains("value=\"bel maar\"")
                    .contains("<option value=\"buurthuis\" selected=\"selected\">")
                    .contains("Wij organiseren de dorpsfeesten.")
                    .contains("value=\"Buurthuis Fout Nummer\"").contains("value=\"anna@buurthuis.example\"");
            assertThat(aggregator.owners().known(site.feed())).isEmpty();
        }
    }

    @Test
    void theOwnerSeesAndChangesTheOrganisationOnTheirPage() {
        try (OwnerSite site = new OwnerSite("Koffie om te wijzigen")) {
            FormClient owner = browser();
            Map<String, String> form = OwnerRegistrationTest.registrationForm(site, "Buurthuis Wijzig");
            form.putAll(organisation("Stichting Wijzig", "buurthuis", "071 555 00 00"));
            String link = owner.submit("/aanmelden", "/aanmelden", form).header("Location").replace("?melding=aangemeld", "");
            String token = link.substring("/mijn-bron/".length());

            String before = owner.get(link).body();
            Map<String, String> changed = organisation("Stichting Wijzig en Co", "welzijn", "071 555 99 99");
            HttpResponse<String> saved = owner.submit(link, link + "/organisatie", changed);
            Map<String, String> wrong = organisation("Stichting Wijzig en Co", "welzijn", "071 555 99 99");
            wrong.put("org.website", "geen adres");
            HttpResponse<String> refused = owner.submit(link, link + "/organisatie", wrong);

            assertThat(before).contains("value=\"Stichting Wijzig\"").contains("value=\"071 555 00 00\"");
            assertThat(saved.getStatus().getCode()).isEqualTo(303);
            assertThat(saved.header("Location")).isEqualTo("/mijn-bron/" + token + "?melding=organisatie");
            assertThat(refused.getStatus().getCode()).isEqualTo(400);
            assertThat(refused.body()).contains("De website van uw organisatie is geen webadres")
                    .contains("value=\"geen adres\"");
            OwnedSource source = aggregator.owners().byToken(token).orElseThrow();
            Organiser stored = organisations.find(source.id()).orElseThrow();
            assertThat(stored.name()).isEqualTo("Stichting Wijzig en Co");
            assertThat(stored.kind()).isEqualTo("welzijn");
            assertThat(stored.phone()).isEqualTo("071 555 99 99");
            assertThat(owner.get(link).body()).contains("value=\"Stichting Wijzig en Co\"");
        }
    }

    @Test
    void theOrganisationAppearsOnceTheSiteIsApprovedAndAnOwnersChangeShowsAtOnce() {
        try (OwnerSite site = new OwnerSite("Koffie bij de goedgekeurde stichting")) {
            FormClient owner = browser();
            Map<String, String> form = OwnerRegistrationTest.registrationForm(site, "Agenda Stichting Hofjeswijk");
            form.putAll(organisation("Stichting Hofjeswijk", "bewonersinitiatief", "071 555 44 44"));
            String link = owner.submit("/aanmelden", "/aanmelden", form).header("Location")
                    .replace("?melding=aangemeld", "");
            OwnedSource pending = aggregator.owners().known(site.feed()).orElseThrow();
            assertThat(named("Stichting Hofjeswijk")).as("not before an admin approved the site").isEmpty();

            browser().logIn(ADMIN, PASSWORD).submit("/beheer/aanmeldingen",
                    "/beheer/aanmeldingen/" + pending.id() + "/goedkeuren", Map.of());
            Wait.until("the approved site's organisation is recognised", Duration.ofSeconds(30),
                    () -> named("Stichting Hofjeswijk").isPresent());
            owner.submit(link, link + "/organisatie", organisation("Stichting Hofjeswijk", "bewonersinitiatief",
                    "071 555 77 77"));

            assertThat(named("Stichting Hofjeswijk")).hasValueSatisfying(o -> {
                assertThat(o.phone()).as("the owner's change, without waiting for a crawl").isEqualTo("071 555 77 77");
                assertThat(o.kind()).isEqualTo(OrganisationKind.BEWONERSINITIATIEF);
                assertThat(o.sourceIds()).contains(pending.id());
            });
        }
    }

    private java.util.Optional<StoredOrganisation> named(String name) {
        return store.live().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    private static Map<String, String> organisation(String name, String kind, String phone) {
        Map<String, String> form = new HashMap<>();
        form.put("org.naam", name);
        form.put("org.soort", kind);
        form.put("org.beschrijving", "Wij organiseren de dorpsfeesten.");
        form.put("org.telefoon", phone);
        form.put("org.email", "info@dorpsbelang.example");
        form.put("org.website", "www.dorpsbelang.example");
        form.put("org.adres", "Dorpsstraat 1, 2231 AB Rijnsburg");
        return form;
    }
}
