package nl.bijeen.aggregator.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.dedupe.labelled.LabelledSet;
import nl.bijeen.aggregator.dedupe.labelled.PairwiseScore;
import nl.bijeen.aggregator.demo.DemoWorld;

/**
 * Deduplication measured on a seeded labelled set of 1,500 items generated from the demo world with injected
 * variants and hard negatives. The floors are below the figures the tuned rules reach (printed), with room for a
 * few pairs, so a change that costs real quality fails while reseeding the set would not.
 */
class LabelledSetQualityTest {

    static final Clock REFERENCE = Clock.fixed(Instant.parse("2027-01-04T07:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static LabelledSet set;
    private static Clustering clustering;
    private static PairwiseScore score;

    @BeforeAll
    static void deduplicate() {
        set = LabelledSet.generate(world(), 1_500, 20261123L, REFERENCE);
        clustering = new Deduplicator(DedupeSettings.defaults()).cluster(set.dedupeItems(), Overrides.none());
        score = PairwiseScore.of(clustering, set.truth());
        System.out.println("Labelled set of " + set.items().size() + " items: " + score);
    }

    static DemoWorld world() {
        return DemoWorld.load(Path.of(System.getProperty("bijeen.config.dir")));
    }

    @Test
    void theLabelledSetHasAtLeastFiveHundredItemsWithCrossPostsAndHardNegatives() {
        assertThat(set.items()).hasSizeGreaterThanOrEqualTo(500);
        assertThat(score.truePairs()).isGreaterThan(300);
        assertThat(set.items()).anyMatch(i -> i.kind().startsWith("second-session"))
                .anyMatch(i -> i.kind().startsWith("same-slot")).anyMatch(i -> i.kind().startsWith("elsewhere"));
    }

    @Test
    void pairwisePrecisionOnTheLabelledSetIsAtLeast97Percent() {
        assertThat(score.precision()).as(score + "\nwrongly merged:\n" + wrongMerges()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void pairwiseF1OnTheLabelledSetIsAtLeast95Percent() {
        assertThat(score.f1()).as(score + "\nmissed:\n" + misses()).isGreaterThanOrEqualTo(0.95);
    }

    /** Groups that hold more than one activity, for the failure message. */
    private static String wrongMerges() {
        Map<Long, LabelledSet.Item> byId = byId();
        List<String> lines = new ArrayList<>();
        for (List<Long> group : clustering.groups()) {
            if (group.stream().map(id -> byId.get(id).truth()).distinct().count() > 1) {
                lines.add(group.stream().map(id -> describe(byId.get(id))).toList().toString());
            }
        }
        return String.join("\n", lines);
    }

    /** Activities split over several groups, for the failure message. */
    private static String misses() {
        Map<Long, LabelledSet.Item> byId = byId();
        Map<Long, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < clustering.groups().size(); g++) {
            for (long id : clustering.groups().get(g)) {
                groupOf.put(id, g);
            }
        }
        Map<String, List<LabelledSet.Item>> byTruth = new HashMap<>();
        set.items().forEach(i -> byTruth.computeIfAbsent(i.truth(), k -> new ArrayList<>()).add(i));
        List<String> lines = new ArrayList<>();
        byTruth.values().stream().filter(items -> items.stream().map(i -> groupOf.get(i.id())).distinct().count() > 1)
                .forEach(items -> lines.add(items.stream().map(i -> groupOf.get(i.id()) + " " + describe(i))
                        .toList().toString()));
        return String.join("\n", lines);
    }

    private static Map<Long, LabelledSet.Item> byId() {
        Map<Long, LabelledSet.Item> byId = new HashMap<>();
        set.items().forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    private static String describe(LabelledSet.Item item) {
        var d = item.draft();
        return item.id() + " " + item.truth() + " '" + d.title() + "' " + d.schedule().occurrences().size() + "x "
                + (d.schedule().occurrences().isEmpty() ? "" : d.schedule().occurrences().getFirst().start()
                .toLocalDateTime()) + " @" + (d.place() == null ? "-" : d.place().name() + "/" + d.place().address()
                + "/" + d.place().latitude()) + " {" + item.kind() + "}";
    }
}
