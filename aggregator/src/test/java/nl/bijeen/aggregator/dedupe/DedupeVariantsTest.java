package nl.bijeen.aggregator.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.dedupe.labelled.HardNegatives;
import nl.bijeen.aggregator.dedupe.labelled.LabelledSet;
import nl.bijeen.aggregator.dedupe.labelled.Publisher;
import nl.bijeen.aggregator.dedupe.labelled.Variation;
import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.connectors.model.ActivityDraft;

/** One kind of difference between two publications at a time: what must still match, and what must stay apart. */
class DedupeVariantsTest {

    private static final DemoWorld WORLD = LabelledSetQualityTest.world();
    private final Publisher publisher = new Publisher(LabelledSetQualityTest.REFERENCE, new SplittableRandom(7));

    @Test
    void aSeriesAndOneOfItsDatesOnAnotherSiteAreOneActivity() {
        DemoActivity koffie = activity("koffieochtend-de-kern");
        assertOneActivity(publisher.publish(koffie, "a", Variation.CANONICAL),
                publisher.publish(koffie, "b", Variation.CANONICAL.withDates(Variation.Dates.ONE_LATER_DATE)));
    }

    @Test
    void aTruncatedDescriptionUnderAnotherTitleStillMatches() {
        DemoActivity brei = activity("breiclub-de-kern");
        DemoActivity retitled = new DemoActivity(brei.id(), "Handwerkmiddag", brei.description(), brei.place(),
                brei.organiser(), brei.audiences(), brei.themes(), brei.cost(), brei.schedule(), List.of(),
                java.util.Map.of(), false);
        assertOneActivity(publisher.publish(brei, "a", Variation.CANONICAL), publisher.publish(retitled, "b",
                Variation.CANONICAL.withDescription(Variation.Text.TRUNCATED).withLocation(
                        Variation.Location.NAME_ONLY)));
    }

    @Test
    void aStartWrittenTenMinutesOffWithoutAnEndStillMatches() {
        DemoActivity koffie = activity("koffieochtend-de-kern");
        ActivityDraft shifted = publisher.publish(koffie, "b", Variation.CANONICAL.withTime(
                Variation.Time.START_SHIFTED));
        ActivityDraft noEnd = publisher.publish(koffie, "c", Variation.CANONICAL.withTime(Variation.Time.NO_END));
        assertOneActivity(publisher.publish(koffie, "a", Variation.CANONICAL), shifted, noEnd);
    }

    @Test
    void aPlaceSpelledAsNameAndStreetWithoutCoordinatesStillMatches() {
        DemoActivity brei = activity("breiclub-de-kern");
        assertOneActivity(publisher.publish(brei, "a", Variation.CANONICAL), publisher.publish(brei, "b",
                Variation.CANONICAL.withLocation(Variation.Location.NAME_AND_STREET)));
    }

    @Test
    void coordinatesTensOfMetresOffStillMatch() {
        DemoActivity brei = activity("breiclub-de-kern");
        assertOneActivity(publisher.publish(brei, "a", Variation.CANONICAL), publisher.publish(brei, "b",
                Variation.CANONICAL.withLocation(Variation.Location.COORDINATES_OFF)));
    }

    @Test
    void aTitleWithPrefixPlaceSuffixOrOtherWordOrderStillMatches() {
        DemoActivity koffie = activity("formulierenhulp-de-kern");
        assertOneActivity(publisher.publish(koffie, "a", Variation.CANONICAL),
                publisher.publish(koffie, "b", Variation.CANONICAL.withTitle(Variation.Title.PREFIX)),
                publisher.publish(koffie, "c", Variation.CANONICAL.withTitle(Variation.Title.SUFFIX_PLACE)),
                publisher.publish(koffie, "d", Variation.CANONICAL.withTitle(Variation.Title.WORD_ORDER)));
    }

    @Test
    void anAbbreviatedTitleStillMatches() {
        DemoActivity koffie = activity("koffieochtend-de-kern");
        DemoActivity seniors = new DemoActivity(koffie.id(), "Stichting De Kern: koffie voor senioren op dinsdag",
                "", koffie.place(), koffie.organiser(), koffie.audiences(), koffie.themes(), koffie.cost(),
                koffie.schedule(), List.of(), java.util.Map.of(), false);
        assertOneActivity(publisher.publish(seniors, "a", Variation.CANONICAL), publisher.publish(seniors, "b",
                Variation.CANONICAL.withTitle(Variation.Title.ABBREVIATED)
                        .withLocation(Variation.Location.NAME_ONLY)));
    }

    @Test
    void anOngoingOfferOnTwoSitesIsOneActivity() {
        DemoActivity ongoing = activity("informatiepunt-digitale-overheid");
        assertOneActivity(publisher.publish(ongoing, "a", Variation.CANONICAL), publisher.publish(ongoing, "b",
                Variation.CANONICAL.withLocation(Variation.Location.NO_COORDINATES)));
    }

    @Test
    void twoActivitiesAtTheSamePlaceAndTimeWithUnrelatedTitlesStayApart() {
        DemoActivity koffie = activity("koffieochtend-de-kern");
        DemoActivity other = HardNegatives.sameSlot(koffie, activity("breiclub-de-kern"));
        assertApart(publisher.publish(koffie, "a", Variation.CANONICAL),
                publisher.publish(other, "b", Variation.CANONICAL));
    }

    @Test
    void twoSessionsOfOneClubOnTheSameDayStayApart() {
        DemoActivity koffie = activity("koffieochtend-de-kern");
        assertApart(publisher.publish(koffie, "a", Variation.CANONICAL),
                publisher.publish(HardNegatives.secondSession(koffie), "b", Variation.CANONICAL));
    }

    @Test
    void theSameTitleOnAnotherDayAtAnotherPlaceStaysApart() {
        DemoActivity koffie = activity("koffieochtend-de-kern");
        DemoActivity elsewhere = HardNegatives.sameTitleElsewhere(koffie, activity("koffie-krant-valkenburg")
                .place());
        assertApart(publisher.publish(koffie, "a", Variation.CANONICAL),
                publisher.publish(elsewhere, "b", Variation.CANONICAL));
    }

    @Test
    void blockingNeverComparesItemsOfTwoTowns() {
        LabelledSet set = LabelledSet.generate(WORLD, 1_000, 3, LabelledSetQualityTest.REFERENCE);
        List<DedupeItem> items = new ArrayList<>(set.dedupeItems());
        var truth = set.truth();
        assertThat(truth.values().stream().map(t -> t.substring(0, t.indexOf(':'))).distinct()).hasSizeGreaterThan(1);
        assertThat(java.util.Arrays.stream(Blocking.candidatePairs(items)).boxed().toList()).isNotEmpty().allSatisfy(pair -> {
            String a = truth.get(items.get(Blocking.first(pair)).id());
            String b = truth.get(items.get(Blocking.second(pair)).id());
            assertThat(a.substring(0, a.indexOf(':'))).isEqualTo(b.substring(0, b.indexOf(':')));
        });
    }

    private static DemoActivity activity(String id) {
        return WORLD.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<List<Long>> cluster(ActivityDraft... drafts) {
        List<DedupeItem> items = new ArrayList<>();
        for (int i = 0; i < drafts.length; i++) {
            items.add(DedupeItem.of(i + 1, drafts[i]));
        }
        return new Deduplicator(DedupeSettings.defaults()).cluster(items, Overrides.none()).groups();
    }

    private static void assertOneActivity(ActivityDraft... drafts) {
        assertThat(cluster(drafts)).hasSize(1);
    }

    private static void assertApart(ActivityDraft a, ActivityDraft b) {
        assertThat(cluster(a, b)).hasSize(2);
    }
}
