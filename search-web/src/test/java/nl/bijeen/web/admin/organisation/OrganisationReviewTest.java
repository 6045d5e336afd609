package nl.bijeen.web.admin.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.organisation.OrganisationMention;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;

/**
 * The organisation review ({@code /beheer/organisaties}) over real HTTP. The test agenda names "Buurthuis De Kern"
 * as organiser and a hostile "+Stichting <script>… Rommel"; its owner registered "Stichting Buurthuis De Kern
 * Katwijk". Each test undoes what it decided, so the two organisations are there at the start of every test.
 */
@MicronautTest
class OrganisationReviewTest extends StaffApp {

    private static final String PAGE = "/beheer/organisaties";

    @Inject
    DataSource dataSource;

    private OrganisationStore organisations;

    OrganisationReviewTest() {
        super("organisations");
    }

    @BeforeAll
    void ownerRegisteredTheOrganisation() {
        Transactions.inTransaction(dataSource, "registering the owner's organisation", c -> {
            try (var insert = c.prepareStatement("""
                    INSERT INTO source_organisation (source_id, organiser_json, entered_by, entered_at)
                    VALUES (?, ?, 'eigenaar', ?)""")) {
                insert.setString(1, SOURCE);
                insert.setString(2, DraftJson.writeOrganiserJson(new Organiser("Stichting Buurthuis De Kern Katwijk",
                        "https://dekern.example", "info@dekern.example")));
                Sql.setInstant(insert, 3, Sql.storable(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });
        crawlAndWaitForIndex(); // the next crawl takes the registration in
        organisations = new OrganisationStore(dataSource);
    }

    @Test
    void theAdminSeesEveryOrganisationWithItsNamingsAndFindsOneByName() {
        String page = admin().get(PAGE).body();
        String found = admin().get(PAGE + "?naam=rommel").body();

        assertThat(organisations.live()).hasSize(2);
        assertThat(page).contains("Buurthuis De Kern").contains("Stichting Buurthuis De Kern Katwijk")
                .contains("aanmelding door de eigenaar").contains("organisator van activiteiten")
                .contains(">" + SOURCE + "<").contains("<span>2</span> organisaties")
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(found).contains("Rommel").doesNotContain("Stichting Buurthuis De Kern Katwijk")
                .contains("<span>1</span> organisaties");
    }

    @Test
    void aNamingSplitOffIsAnOrganisationOfItsOwnAtOnceAndUndoingJoinsItAgain() {
        StoredOrganisation kern = kern();
        OrganisationMention owner = organisations.mentions(kern.id()).stream()
                .filter(m -> m.origin().equals("OWNER")).findFirst().orElseThrow();

        HttpResponse<String> split = admin().submit(PAGE, PAGE + "/afsplitsen",
                Map.of("vermelding", Long.toString(owner.id()), "reden", "andere stichting"));

        assertThat(split.getStatus().getCode()).isEqualTo(303);
        assertThat(organisations.live()).hasSize(3);
        assertThat(organisations.find(kern.id())).as("the organiser's naming keeps the id").isPresent();
        String page = admin().get(PAGE).body();
        assertThat(page).contains("niet dezelfde").contains("andere stichting");
        assertThat(admin().get("/beheer/logboek?wat=organisation.split").body()).contains("andere stichting");

        long other = organisations.mentions(kern.id()).getFirst().id();
        HttpResponse<String> undone = admin().submit(PAGE, PAGE + "/terugdraaien", Map.of("vermelding_a",
                Long.toString(owner.id()), "vermelding_b", Long.toString(other), "reden", "toch dezelfde"));

        assertThat(undone.getStatus().getCode()).isEqualTo(303);
        assertThat(organisations.live()).hasSize(2);
        assertThat(organisations.mentions(kern.id())).hasSize(2);
    }

    @Test
    void twoOrganisationsMergedAreOneAtOnce() {
        StoredOrganisation kern = kern();
        StoredOrganisation rommel = organisations.live().stream().filter(o -> o.name().contains("Rommel"))
                .findFirst().orElseThrow();

        HttpResponse<String> merged = admin().submit(PAGE, PAGE + "/samenvoegen", Map.of("organisatie_a",
                Long.toString(kern.id()), "organisatie_b", Long.toString(rommel.id()), "reden", "zelfde huis"));

        assertThat(merged.getStatus().getCode()).isEqualTo(303);
        assertThat(organisations.live()).singleElement().satisfies(o -> assertThat(o.id()).isEqualTo(kern.id()));
        assertThat(admin().get(PAGE).body()).contains("zelfde organisatie").contains("zelfde huis");

        List<OrganisationMention> mentions = organisations.mentions(kern.id());
        long rommelMention = mentions.stream().filter(m -> m.name().contains("Rommel")).findFirst().orElseThrow().id();
        long kernMention = mentions.stream().filter(m -> m.origin().equals("ORGANISER") && !m.name().contains("Rommel"))
                .findFirst().orElseThrow().id();
        admin().submit(PAGE, PAGE + "/terugdraaien", Map.of("vermelding_a", Long.toString(Math.min(rommelMention,
                kernMention)), "vermelding_b", Long.toString(Math.max(rommelMention, kernMention)), "reden", "terug"));
        assertThat(organisations.live()).hasSize(2);
    }

    @Test
    void aCorrectionWinsOverTheSourcesAndIsLogged() {
        StoredOrganisation kern = kern();

        HttpResponse<String> answer = admin().submit(PAGE, PAGE + "/corrigeren", Map.of("organisatie",
                Long.toString(kern.id()), "soort", "buurthuis", "telefoon", "071 123 45 67", "openingstijden",
                "ma-vr 9-17\nza 10-12", "gesubsidieerd", "ja", "reden", "gebeld met de beheerder"));

        assertThat(answer.getStatus().getCode()).isEqualTo(303);
        StoredOrganisation corrected = organisations.find(kern.id()).orElseThrow();
        assertThat(corrected.phone()).isEqualTo("071 123 45 67");
        assertThat(corrected.openingHours()).containsExactly("ma-vr 9-17", "za 10-12");
        assertThat(corrected.subsidised()).isTrue();
        assertThat(admin().get(PAGE + "?naam=kern").body()).contains("071 123 45 67").contains("Buurthuis of dorpshuis");
        assertThat(admin().get("/beheer/logboek?wat=organisation.correct").body()).contains("gebeld met de beheerder");
    }

    @Test
    void aWrongCorrectionIsExplainedAndAProfessionalMayNotReview() {
        HttpResponse<String> wrong = admin().submit(PAGE, PAGE + "/corrigeren", Map.of("organisatie",
                Long.toString(kern().id()), "website", "geen adres", "reden", "test"));
        FormClient professional = browser().logIn(PROFESSIONAL, PASSWORD);

        assertThat(wrong.getStatus().getCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Schrijf de website als https://");
        assertThat(professional.get(PAGE).getStatus().getCode()).isEqualTo(403);
        assertThat(admin().post(PAGE + "/samenvoegen", Map.of("organisatie_a", "1", "organisatie_b", "2",
                "reden", "zonder token")).getStatus().getCode()).as("no CSRF token").isEqualTo(403);
    }

    private StoredOrganisation kern() {
        return organisations.live().stream().filter(o -> o.name().contains("Kern") && !o.name().contains("Rommel"))
                .findFirst().orElseThrow(() -> new AssertionError("no De Kern among " + organisations.live()));
    }

    private FormClient admin() {
        return browser().logIn(ADMIN, PASSWORD);
    }
}
