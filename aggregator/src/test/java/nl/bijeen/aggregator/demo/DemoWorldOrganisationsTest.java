package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.OrganisationKind;

/** The social map's ground truth in the shipped world: which organisations publish, under which names. */
class DemoWorldOrganisationsTest {

    private static final Clock CLOCK = DemoFixtures.NOVEMBER_MONDAY;
    private final DemoWorld world = DemoFixtures.shippedWorld();

    @Test
    void atLeastThirtyTwoDistinctOrganisationsAppearInWhatTheSitesPublish() {
        assertThat(world.organisations()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(world.publishedOrganisations(CLOCK)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(world.publishedOrganisations(DemoFixtures.BEFORE_SUMMER_TIME)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(world.organisations()).allSatisfy(o ->
                assertThat(OrganisationKind.ofCode(o.kind())).as(o.id()).isPresent());
        assertThat(world.organisations().stream().map(DemoOrganisation::kind).distinct())
                .as("welfare, library, churches, residents, municipality, sports, care, culture …")
                .hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void organisationsThatSitesNameDifferentlyAreKnownWithEveryNaming() {
        assertThat(world.namingsOf("welzijn-kust-en-rijn", CLOCK)).contains("Welzijn Kust en Rijn",
                "Stichting Welzijn Kust en Rijn", "welzijnkustenrijn.example");
        assertThat(world.namingsOf("buurthuis-de-kern", CLOCK)).contains("Stichting Buurthuis De Kern",
                "Buurthuis De Kern", "De Kern Katwijk");
        assertThat(world.namingsOf("kbo-katwijk", CLOCK)).containsExactlyInAnyOrder("KBO Katwijk",
                "Katholieke Bond van Ouderen afd. Katwijk");
        Map<String, Set<String>> multiNamed = world.publishedOrganisations(CLOCK).stream()
                .collect(Collectors.toMap(DemoOrganisation::id, o -> world.namingsOf(o.id(), CLOCK)));
        multiNamed.values().removeIf(names -> names.size() < 2);
        assertThat(multiNamed).as("organisations published under two or more names").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void hardNegativesAreDifferentOrganisationsWithLookAlikeNames() {
        assertThat(world.hardNegatives()).hasSizeGreaterThanOrEqualTo(3)
                .contains(Set.of("buurtvereniging-rijnsoever", "buurtvereniging-rijnsburg-noord"),
                        Set.of("welzijn-kust-en-rijn", "bibliotheek-duin-en-rijn"),
                        Set.of("sv-de-vliet", "zv-de-vliet"));
        Set<String> published = world.publishedOrganisations(CLOCK).stream().map(DemoOrganisation::id)
                .collect(Collectors.toSet());
        assertThat(world.hardNegatives()).allSatisfy(pair -> assertThat(published).containsAll(pair));
        DemoOrganisation sv = organisation("sv-de-vliet");
        DemoOrganisation zv = organisation("zv-de-vliet");
        assertThat(sv.url()).isNotEqualTo(zv.url());
    }

    @Test
    void everyActivityHasAnOrganisationAndEverySiteAPublisher() {
        assertThat(world.activities()).allSatisfy(a ->
                assertThat(world.organisationOfActivity(a.id())).as(a.id()).isPresent());
        assertThat(world.sites()).allSatisfy(s -> assertThat(world.publisherOf(s.id())).as(s.id()).isPresent());
        assertThat(world.organisationOfActivity("spelletjesmiddag-wilgenhof")).contains("kbo-katwijk");
        assertThat(world.publisherOf("jongerencentrum-de-boei")).contains("jongerenwerk-katwijk");
        assertThat(world.publisherOf("bibliotheek-hoornes")).contains("bibliotheek-duin-en-rijn");
        assertThat(world.organisationOfActivity("bestaat-niet")).isEmpty();
    }

    @Test
    void everyExpectedItemNamesItsOrganiserAsItsSiteDoes() {
        List<ExpectedItem> items = world.sites().stream()
                .flatMap(s -> world.expectedItems(s.id(), CLOCK).stream()).toList();
        assertThat(items).allSatisfy(i -> assertThat(i.organiser().organisationId()).as(i.itemId())
                .isEqualTo(world.organisationOfActivity(i.activityId())));
        assertThat(items).filteredOn(i -> i.activityId().equals("formulierenhulp-de-kern"))
                .extracting(i -> i.organiser().name())
                .containsExactlyInAnyOrder("welzijnkustenrijn.example", "Welzijn Kust en Rijn");
    }

    @Test
    void organisationDetailsComeFromWorldYml() {
        DemoOrganisation welzijn = organisation("welzijn-kust-en-rijn");
        assertThat(welzijn.kind()).isEqualTo("welzijn");
        assertThat(welzijn.phone()).isEqualTo("071 403 21 00");
        assertThat(welzijn.openingHours()).containsExactly("Mo-Fr 09:00-17:00");
        assertThat(welzijn.subsidised()).isTrue();
        assertThat(welzijn.wijk()).isEqualTo("WK053705");
        assertThat(organisation("katwijk-beweegt").wijk()).as("no address, only a wijk").isEqualTo("WK053705");
        assertThat(organisation("sv-de-vliet").subsidised()).as("not stated").isNull();
        assertThat(world.profile("welzijn-kust-en-rijn").orElseThrow().place().street()).isEqualTo("Princestraat 12");
    }

    private DemoOrganisation organisation(String id) {
        return world.organisations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}
