package nl.bijeen.aggregator.dedupe.labelled;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoOrganiser;
import nl.bijeen.aggregator.demo.DemoPlace;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoVariant;
import nl.bijeen.aggregator.demo.DemoWorld;

/**
 * Publishes the demo world town after town until the set is large enough. In every town each activity (and a few
 * hard negatives) appears on 1–4 sources: first as the demo world has it (its own sites and their hand-written
 * variants, the first site's publication unchanged), then on further sources of the town with random
 * {@link Variation}s. One seeded generator drives every choice, so a seed always gives the same set.
 */
public final class LabelledSetGenerator {

    /** How many sources publish an activity: most on one, some on two, a few on three or four. */
    private static final double[] SOURCE_COUNT = {0.45, 0.30, 0.15, 0.10};
    private static final int NEGATIVES_OF_EACH_KIND = 6;
    private static final DemoOrganiser AGENDA = new DemoOrganiser("Uitagenda", null, null);
    private static final List<SyntheticSource> TOWN_WIDE = List.of(
            new SyntheticSource("uitagenda", "WK053705", AGENDA),
            new SyntheticSource("wijkkrant", "WK053702", new DemoOrganiser("De Wijkkrant", null, null)),
            new SyntheticSource("gemeente", "WK053705", new DemoOrganiser("Gemeente", null, null)));

    private final DemoWorld world;
    private final SplittableRandom random;
    private final Publisher publisher;
    private final List<DemoPlace> places;
    private final List<LabelledSet.Item> items = new ArrayList<>();

    LabelledSetGenerator(DemoWorld world, long seed, Clock clock) {
        this.world = world;
        this.random = new SplittableRandom(seed);
        this.publisher = new Publisher(clock, random);
        Map<String, DemoPlace> byId = new LinkedHashMap<>();
        world.activities().forEach(a -> byId.putIfAbsent(a.place().id(), a.place()));
        this.places = List.copyOf(byId.values());
    }

    LabelledSet generate(int size) {
        for (int town = 0; items.size() < size; town++) {
            publishTown(Town.of(town), size);
        }
        return new LabelledSet(items);
    }

    private void publishTown(Town town, int size) {
        List<SyntheticSource> sources = sources(town);
        List<DemoActivity> negatives = HardNegatives.pick(world.activities(), places, NEGATIVES_OF_EACH_KIND, random);
        for (DemoActivity activity : Stream.concat(world.activities().stream(), negatives.stream()).toList()) {
            if (items.size() >= size) {
                return;
            }
            publishActivity(activity, town, sources);
        }
    }

    private void publishActivity(DemoActivity activity, Town town, List<SyntheticSource> townSources) {
        List<SyntheticSource> chosen = new ArrayList<>();
        activity.publishedOn().forEach(site -> chosen.add(sourceOf(site, townSources)));
        if (chosen.isEmpty()) {
            chosen.add(townSources.get(random.nextInt(townSources.size())));
        }
        int count = Math.max(count(), chosen.size());
        while (chosen.size() < count) {
            SyntheticSource extra = townSources.get(random.nextInt(townSources.size()));
            if (!chosen.contains(extra)) {
                chosen.add(extra);
            }
        }
        String truth = town.index() + ":" + activity.id();
        String kind = activity.id().contains("~") ? activity.id().substring(activity.id().indexOf('~') + 1) : "";
        for (int i = 0; i < chosen.size(); i++) {
            publishOn(activity, town, chosen.get(i), i == 0, truth, kind);
        }
    }

    private void publishOn(DemoActivity activity, Town town, SyntheticSource source, boolean first, String truth,
                           String negativeKind) {
        DemoVariant worded = activity.variants().get(source.id().substring(0, source.id().indexOf('~')));
        String title = worded != null && worded.title() != null ? worded.title() : activity.title();
        String text = worded != null && worded.description() != null ? worded.description() : activity.description();
        Variation variation = first ? Variation.CANONICAL : Variation.random(random);
        if (worded != null) {
            variation = variation.withTitle(Variation.Title.SAME).withDescription(Variation.Text.SAME);
        }
        var draft = publisher.publish(activity, town, source, title, text, variation);
        String kind = negativeKind.isEmpty() ? (worded != null ? "world-variant " : "") + variation : negativeKind;
        items.add(new LabelledSet.Item(items.size() + 1, truth, draft, kind));
    }

    private int count() {
        return sourceCount(random);
    }

    /** How many sources publish one activity: 1 to 4, most often one ({@link #SOURCE_COUNT}). */
    public static int sourceCount(java.util.random.RandomGenerator random) {
        double r = random.nextDouble();
        for (int i = 0; i < SOURCE_COUNT.length; i++) {
            r -= SOURCE_COUNT[i];
            if (r < 0) {
                return i + 1;
            }
        }
        return SOURCE_COUNT.length;
    }

    private static SyntheticSource sourceOf(String siteId, List<SyntheticSource> townSources) {
        return townSources.stream().filter(s -> s.id().startsWith(siteId + "~")).findFirst().orElseThrow();
    }

    private List<SyntheticSource> sources(Town town) {
        List<SyntheticSource> sources = new ArrayList<>();
        for (DemoSite site : world.sites()) {
            sources.add(new SyntheticSource(site.id() + "~" + town.index(), site.wijk(), site.organisation()));
        }
        TOWN_WIDE.forEach(s -> sources.add(new SyntheticSource(s.id() + "~" + town.index(), s.katwijkWijk(),
                s.organisation())));
        return sources;
    }
}
