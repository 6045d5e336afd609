package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.source.SourceDefinition;

class DemoWorldTest {

    private final DemoWorld world = DemoFixtures.shippedWorld();

    @Test
    void shippedWorldHasManySitesActivitiesAndCrossPosts() {
        assertThat(world.sites()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(world.activities()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(world.activities().stream().map(DemoActivity::id).distinct()).hasSameSizeAs(world.activities());
        assertThat(world.activities().stream().filter(DemoActivity::crossPosted)).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyFormatIsPublishedBySeveralSites() {
        Map<DemoFormat, Long> perFormat = world.sites().stream()
                .collect(Collectors.groupingBy(DemoSite::format, Collectors.counting()));
        assertThat(perFormat.get(DemoFormat.ICAL)).isGreaterThanOrEqualTo(3);
        assertThat(perFormat.get(DemoFormat.RSS)).isGreaterThanOrEqualTo(3);
        assertThat(perFormat.get(DemoFormat.JSONLD)).isGreaterThanOrEqualTo(3);
        assertThat(perFormat.get(DemoFormat.ATOM)).isGreaterThanOrEqualTo(2);
        assertThat(perFormat.get(DemoFormat.RECIPE_BUURTHUIS)).isGreaterThanOrEqualTo(1);
        assertThat(perFormat.get(DemoFormat.RECIPE_BIBLIOTHEEK)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theRecipeSitesPublishNewActivitiesAndCrossPosts() {
        List<DemoActivity> onRecipeSites = world.activities().stream().filter(a -> a.publishedOn().stream()
                .anyMatch(id -> world.site(id).orElseThrow().format().isRecipe())).toList();
        assertThat(onRecipeSites).hasSizeGreaterThanOrEqualTo(12);
        assertThat(onRecipeSites.stream().filter(DemoActivity::crossPosted)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(onRecipeSites.stream().filter(a -> !a.crossPosted())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void crossPostsAreWordedDifferentlyOnAtLeastOneSite() {
        List<DemoActivity> crossPosts = world.activities().stream().filter(DemoActivity::crossPosted).toList();
        assertThat(crossPosts).allSatisfy(a -> assertThat(a.publishedOn().stream()
                .map(id -> a.on(world.site(id).orElseThrow()).title()).distinct()).hasSizeGreaterThan(1));
    }

    @Test
    void everySiteWorksInARealKatwijkWijkAndEveryPlaceLiesInItsWijk() throws Exception {
        KatwijkBoundaries boundaries = new KatwijkBoundaries(DemoFixtures.resource("wijken-katwijk-2024.geojson"));
        assertThat(world.sites()).allSatisfy(s -> assertThat(boundaries.wijken()).containsKey(s.wijk()));
        assertThat(world.activities()).allSatisfy(a -> {
            DemoPlace p = a.place();
            assertThat(p.latitude()).as(p.id()).isBetween(52.15, 52.23);
            assertThat(p.longitude()).as(p.id()).isBetween(4.37, 4.50);
            assertThat(boundaries.wijkAt(p.latitude(), p.longitude())).as(p.id()).contains(p.wijk());
        });
    }

    @Test
    void sitesCoverMostWijken() {
        assertThat(world.sites().stream().map(DemoSite::wijk).distinct()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void sourceDefinitionsPointAtEachSitesFeedUnderTheBase() {
        List<SourceDefinition> sources = world.sourceDefinitions(URI.create("http://127.0.0.1:8099/"));
        assertThat(sources).hasSameSizeAs(world.sites());
        SourceDefinition kern = sources.stream().filter(s -> s.id().equals("buurthuis-de-kern")).findFirst().orElseThrow();
        assertThat(kern.url()).hasToString("http://127.0.0.1:8099/buurthuis-de-kern/agenda.ics");
        assertThat(kern.format()).isEqualTo("ical");
        assertThat(kern.schedule()).isEqualTo(DemoWorld.CRAWL_INTERVAL);
        assertThat(sources).extracting(SourceDefinition::format).containsOnly("ical", "feed", "jsonld", "recipe");
        assertThat(sources).filteredOn(s -> s.format().equals("recipe")).extracting(SourceDefinition::recipe)
                .containsExactlyInAnyOrder("demo-buurthuis", "demo-bibliotheek");
        assertThat(sources).filteredOn(s -> !s.format().equals("recipe")).allSatisfy(s ->
                assertThat(s.recipe()).isNull());
    }

    @Test
    void groundTruthListsEveryItemOfACrossPostOnEachSite() {
        List<ExpectedItem> items = world.itemsOfActivity("koffieochtend-de-kern", DemoFixtures.NOVEMBER_MONDAY);
        assertThat(items).extracting(ExpectedItem::siteId).containsExactly("buurthuis-de-kern", "welzijn-kust-en-rijn");
        assertThat(items).extracting(ExpectedItem::itemId).containsExactly(
                "koffieochtend-de-kern@buurthuis-de-kern.demo.bijeen.nl",
                "urn:bijeen-demo:welzijn-kust-en-rijn:koffieochtend-de-kern");
        assertThat(items).extracting(ExpectedItem::title).containsExactly("Koffieochtend", "Koffie-ochtend in De Kern");
        assertThat(items.get(0).occurrence().start()).hasToString("2026-11-24T10:00+01:00[Europe/Amsterdam]");
    }

    @Test
    void recipeItemsAreTheirLinksWithOneDatePerEntry() {
        List<ExpectedItem> items = world.itemsOfActivity("voorlezen-peuters", DemoFixtures.NOVEMBER_MONDAY);
        assertThat(items).extracting(ExpectedItem::siteId)
                .containsExactly("bibliotheek-duin-en-rijn", "bibliotheek-hoornes");
        assertThat(items.get(1)).satisfies(i -> {
            assertThat(i.itemId()).isEqualTo("http://127.0.0.1/bibliotheek-hoornes/agenda/voorlezen-peuters.html");
            assertThat(i.title()).isEqualTo("Voorleesochtend voor peuters");
            assertThat(i.dates()).isEqualTo(4);
            assertThat(i.occurrence().start()).hasToString("2026-11-25T10:30+01:00[Europe/Amsterdam]");
        });
        assertThat(world.expectedItems("buurthuis-zuid", DemoFixtures.NOVEMBER_MONDAY,
                URI.create("http://127.0.0.1:8099/"))).extracting(ExpectedItem::itemId)
                .contains("http://127.0.0.1:8099/buurthuis-zuid/activiteiten/koffie-in-zuid.html");
    }

    @Test
    void agendaPagesListFourDatesOfASeriesThatMakeOneItem() {
        List<ExpectedItem> items = world.itemsOfActivity("taalcafe-bibliotheek", DemoFixtures.NOVEMBER_MONDAY);
        assertThat(items.stream().filter(i -> i.siteId().equals("taalhuis-katwijk"))).singleElement()
                .satisfies(i -> assertThat(i.dates()).isEqualTo(4))
                .satisfies(i -> assertThat(i.occurrence().start().toLocalDate()).hasToString("2026-11-25"));
    }
}
