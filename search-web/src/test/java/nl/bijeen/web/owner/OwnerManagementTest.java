package nl.bijeen.web.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;
import nl.bijeen.web.support.Wait;

/**
 * After the registration: the owner's private management page, the admin's decision, and what each does to the
 * crawl and to the search — over real HTTP, with a real store and index.
 */
@MicronautTest
class OwnerManagementTest extends StaffApp {

    OwnerManagementTest() {
        super("owner-management");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.owners.previews-per-hour", "1000");
        properties.put("bijeen.owners.registrations-per-hour", "1000");
        return properties;
    }

    @Test
    void theManagementLinkOpensTheOwnersPageAndAWrongOneIsNotFound() {
        try (OwnerSite site = new OwnerSite("Zangkoor Vlinderhof")) {
            FormClient owner = browser();
            String link = link(owner, site, "Vlinderhof");

            assertThat(owner.get(link).getStatus().getCode()).isEqualTo(200);
            assertThat(browser().get(link).body()).as("the link alone is enough").contains("Vlinderhof");
            HttpResponse<String> wrong = browser().get("/mijn-bron/" + "A".repeat(43));
            assertThat(wrong.getStatus().getCode()).isEqualTo(404);
            assertThat(wrong.body()).contains("Deze link kent Bijeen niet");
        }
    }

    @Test
    void theOwnerPausesAndResumes() {
        try (OwnerSite site = new OwnerSite("Schaakclub Pauzeplein")) {
            FormClient owner = browser();
            String link = link(owner, site, "Pauzeplein");
            String id = source(site).id();

            HttpResponse<String> paused = owner.submit(link, link + "/pauzeren", Map.of());

            assertThat(paused.getStatus().getCode()).isEqualTo(303);
            assertThat(aggregator.owners().byId(id).orElseThrow().paused()).isTrue();
            assertThat(owner.get(paused.header("Location")).body()).contains("Gepauzeerd").contains("Hervatten");
            owner.submit(link, link + "/hervatten", Map.of());
            assertThat(aggregator.owners().byId(id).orElseThrow().paused()).isFalse();
        }
    }

    @Test
    void anAdminApprovesAndTheSourceIsCrawledIntoTheSearch() {
        try (OwnerSite site = new OwnerSite("Breiclub Zonnewijzer")) {
            FormClient owner = browser();
            String link = link(owner, site, "Zonnewijzer");
            String id = source(site).id();
            FormClient admin = browser().logIn(ADMIN, PASSWORD);
            assertThat(admin.get("/beheer/aanmeldingen").body()).contains("Zonnewijzer").contains("3</span> activiteiten");

            HttpResponse<String> approved = admin.submit("/beheer/aanmeldingen",
                    "/beheer/aanmeldingen/" + id + "/goedkeuren", Map.of());

            assertThat(approved.getStatus().getCode()).isEqualTo(303);
            Wait.until("the first crawl of the approved source", Duration.ofSeconds(20),
                    () -> source(site).lastSuccessAt() != null);
            assertThat(source(site).approval()).isEqualTo(OwnedSource.Approval.APPROVED);
            assertThat(source(site).itemCount()).isEqualTo(3);
            waitForTheIndex();
            assertThat(text("/api/activities?q=breiclub")).contains("Breiclub Zonnewijzer");
            assertThat(owner.get(link).body()).contains("Goedgekeurd").contains("Nu opnieuw ophalen");
            assertThat(admin.get("/beheer").body()).contains("registration.approve").contains(id);
        }
    }

    @Test
    void anAdminRejectsWithAReasonThatTheOwnerReads() {
        try (OwnerSite site = new OwnerSite("Kaartclub Afwijzing")) {
            FormClient owner = browser();
            String link = link(owner, site, "Afwijzing");
            String id = source(site).id();
            FormClient admin = browser().logIn(ADMIN, PASSWORD);
            String action = "/beheer/aanmeldingen/" + id + "/afwijzen";

            HttpResponse<String> noReason = admin.submit("/beheer/aanmeldingen", action, Map.of("reden", " "));
            HttpResponse<String> rejected = admin.submit("/beheer/aanmeldingen", action,
                    Map.of("reden", "Deze activiteiten zijn niet in onze gemeente."));

            assertThat(noReason.getStatus().getCode()).as(noReason.body()).isEqualTo(400);
            assertThat(noReason.body()).contains("waarom u afwijst");
            assertThat(rejected.getStatus().getCode()).isEqualTo(303);
            assertThat(owner.get(link).body()).contains("afgewezen").contains("niet in onze gemeente");
            assertThat(aggregator.sources()).filteredOn(s -> s.id().equals(id)).singleElement()
                    .satisfies(s -> assertThat(s.enabled()).isFalse());
        }
    }

    @Test
    void removingTheSourceTakesItsActivitiesOutOfTheSearchButKeepsTheirHistory() {
        try (OwnerSite site = new OwnerSite("Tekenclub Verdwijnpunt", OwnerSite.LATER)) {
            FormClient owner = browser();
            String link = link(owner, site, "Verdwijnpunt");
            String id = source(site).id();
            aggregator.owners().approve(id, java.time.Instant.now());
            assertThat(aggregator.crawlNow(id).success()).isTrue();
            waitForTheIndex();
            assertThat(text("/api/activities?q=tekenclub")).contains("Tekenclub Verdwijnpunt");

            HttpResponse<String> unconfirmed = owner.submit(link, link + "/verwijderen", Map.of());
            HttpResponse<String> removed = owner.submit(link, link + "/verwijderen", Map.of("zeker", "ja"));

            assertThat(unconfirmed.header("Location")).endsWith("?melding=bevestig");
            assertThat(removed.header("Location")).isEqualTo("/mijn-bron/verwijderd");
            waitForTheIndex();
            assertThat(text("/api/activities?q=tekenclub")).doesNotContain("Tekenclub Verdwijnpunt");
            assertThat(aggregator.store().findBySource(id)).isEmpty();
            assertThat(aggregator.store().history(id)).as("the history stays").isNotEmpty();
            assertThat(owner.get(link).getStatus().getCode()).isEqualTo(404);
            assertThat(aggregator.owners().byId(id).orElseThrow().removed()).isTrue();
        }
    }

    @Test
    void theOwnerChoosesDefaultsFromTheTaxonomy() {
        try (OwnerSite site = new OwnerSite("Wandelclub Keuzepad")) {
            FormClient owner = browser();
            String link = link(owner, site, "Keuzepad");

            owner.submit(link, link + "/instellingen",
                    Map.of("doelgroep.senioren", "ja", "thema.ontmoeten", "ja", "thema.verzonnen", "ja"));

            OwnedSource source = source(site);
            assertThat(source.defaultAudiences()).containsExactly("senioren");
            assertThat(source.defaultThemes()).containsExactly("ontmoeten");
            assertThat(owner.get(link).body()).contains("name=\"thema.ontmoeten\" value=\"ja\" checked");
        }
    }

    @Test
    void theOwnerProvesOwnershipWithAMetaTagOnTheSite() {
        try (OwnerSite site = new OwnerSite("Leesclub Bewijslast")) {
            FormClient owner = browser();
            String link = link(owner, site, "Bewijslast");
            String code = source(site).verificationCode();

            HttpResponse<String> notYet = owner.submit(link, link + "/controleren", Map.of());
            site.home("<meta name=\"bijeen-verificatie\" content=\"" + code + "\">");
            HttpResponse<String> proven = owner.submit(link, link + "/controleren", Map.of());

            assertThat(notYet.getStatus().getCode()).as("first check: %s", notYet.body()).isEqualTo(303);
            assertThat(proven.getStatus().getCode()).as("second check: %s", proven.body()).isEqualTo(303);
            assertThat(notYet.header("Location")).endsWith("?melding=niet-bevestigd");
            assertThat(proven.header("Location")).endsWith("?melding=bevestigd");
            assertThat(source(site).verifiedAt()).isNotNull();
            assertThat(owner.get(proven.header("Location")).body()).contains("Gelukt: Bijeen heeft de code");
        }
    }

    @Test
    void everyOwnerFormWithoutItsTokenChangesNothing() {
        try (OwnerSite site = new OwnerSite("Fotoclub Tokenloos")) {
            String link = link(browser(), site, "Tokenloos");
            String id = source(site).id();

            for (String action : new String[] {"pauzeren", "verwijderen", "instellingen", "controleren", "nu-ophalen"}) {
                assertThat(browser().post(link + "/" + action, Map.of("zeker", "ja")).getStatus().getCode())
                        .as(action).isEqualTo(403);
            }
            assertThat(aggregator.owners().byId(id).orElseThrow()).satisfies(s -> {
                assertThat(s.removed()).isFalse();
                assertThat(s.paused()).isFalse();
            });
        }
    }

    private String link(FormClient owner, OwnerSite site, String name) {
        HttpResponse<String> answer = OwnerRegistrationTest.register(owner, site, name);
        assertThat(answer.getStatus().getCode()).as(answer.body()).isEqualTo(303);
        return answer.header("Location").replace("?melding=aangemeld", "");
    }

    private OwnedSource source(OwnerSite site) {
        return aggregator.owners().known(site.feed()).orElseThrow();
    }

    private void waitForTheIndex() {
        long target = aggregator.store().lastSeq();
        Wait.until("the index has applied change " + target, Duration.ofSeconds(20),
                () -> follower.lastAppliedSeq() >= target);
    }
}
