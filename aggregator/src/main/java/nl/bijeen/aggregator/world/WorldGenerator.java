package nl.bijeen.aggregator.world;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.bijeen.aggregator.dedupe.labelled.HardNegatives;
import nl.bijeen.aggregator.dedupe.labelled.LabelledSetGenerator;
import nl.bijeen.aggregator.dedupe.labelled.Variation;
import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoFormat;
import nl.bijeen.aggregator.demo.DemoSchedule;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;

/**
 * Generates a national world: sites in groups of {@value #SITES_PER_AREA} per real municipality (in a seeded order
 * of the 342), each site a demo site copied into one of the municipality's wijken with a format from a realistic
 * mix, and the demo world's activities placed in the area ({@link AreaActivities}) and published like the labelled
 * set does: each on 1–4 of the area's sites ({@link LabelledSetGenerator#sourceCount}), first as the organiser has
 * it, then with random {@link Variation}s; a few hard negatives ({@link HardNegatives}) as activities of their own.
 * One seeded generator drives every choice.
 */
public final class WorldGenerator {

    /** Sites per municipality: the organisations of one area that cross-post each other's activities. */
    static final int SITES_PER_AREA = 4;
    /** Share of activities followed by a look-alike that is another activity. */
    private static final double HARD_NEGATIVES = 0.04;
    /** The most activities a buurthuis recipe site can list: 5 pages of 8 dates, 4 dates an activity. */
    private static final int BUURTHUIS_CAPACITY = 10;
    /** The format mix: calendars and agenda pages most, recipe sites least (a detail page per activity). */
    private static final DemoFormat[] FORMATS = {DemoFormat.ICAL, DemoFormat.ICAL, DemoFormat.ICAL, DemoFormat.ICAL,
        DemoFormat.RSS, DemoFormat.RSS, DemoFormat.RSS, DemoFormat.ATOM, DemoFormat.ATOM, DemoFormat.JSONLD,
        DemoFormat.JSONLD, DemoFormat.JSONLD, DemoFormat.JSONLD, DemoFormat.RECIPE_BIBLIOTHEEK,
        DemoFormat.RECIPE_BUURTHUIS};

    private final DemoWorld templates;
    private final CbsWijken wijken;
    private final WorldSpec spec;
    private final Clock clock;
    private final SplittableRandom random;
    private final List<DemoSite> sites = new ArrayList<>();
    private final List<DemoActivity> activities = new ArrayList<>();
    private final Map<String, String> truth = new HashMap<>();
    private final Map<String, Integer> load = new HashMap<>();
    /** Title and place of what each agenda page shows: the JSON-LD connector joins Events equal in both. */
    private final java.util.Set<String> agendaEntries = new java.util.HashSet<>();
    private int truths;

    WorldGenerator(DemoWorld templates, CbsWijken wijken, WorldSpec spec, Clock clock) {
        this.templates = templates;
        this.wijken = wijken;
        this.spec = spec;
        this.clock = clock;
        this.random = new SplittableRandom(spec.seed());
    }

    /** A world from the demo world in {@code configDir}/demo and the wijken in {@code configDir}/geo. */
    public static GeneratedWorld generate(Path configDir, WorldSpec spec, Clock clock) {
        return new WorldGenerator(DemoWorld.load(configDir),
                CbsWijken.load(configDir.resolve("geo").resolve("cbs-wijken-2024.geojson")), spec, clock).generate();
    }

    GeneratedWorld generate() {
        List<String> municipalities = new ArrayList<>(wijken.municipalities());
        Collections.shuffle(municipalities, random);
        for (int area = 0; sites.size() < spec.sites(); area++) {
            String municipality = municipalities.get(area % municipalities.size());
            AreaActivities place = new AreaActivities(templates.activities(), wijken,
                    wijken.wijken(municipality), area, random);
            List<DemoSite> areaSites = new ArrayList<>();
            for (int i = 0; i < SITES_PER_AREA && sites.size() < spec.sites(); i++) {
                DemoSite site = site(sites.size(), place.randomWijk());
                areaSites.add(site);
                sites.add(site);
            }
            publishArea(place, areaSites, (int) ((long) spec.items() * sites.size() / spec.sites()));
        }
        return new GeneratedWorld(spec, clock, DemoWorld.of(sites, activities), truth, templates.activities());
    }

    private DemoSite site(int number, CbsWijk wijk) {
        DemoSite template = templates.sites().get(number % templates.sites().size());
        DemoFormat format = FORMATS[random.nextInt(FORMATS.length)];
        String name = template.name() + " " + wijk.name();
        return new DemoSite(String.format("s%04d-%s", number, template.id()), name, template.kind(), wijk.code(),
                format, feedPath(format), template.intro(),
                new nl.bijeen.aggregator.demo.DemoOrganiser(name, null, null));
    }

    /** Publishes the area's activities until the world holds {@code until} items. */
    private void publishArea(AreaActivities place, List<DemoSite> areaSites, int until) {
        int misses = 0;
        while (activities.size() < until && misses < templates.activities().size()) {
            DemoActivity activity = place.next("a" + (++truths));
            List<DemoSite> on = chooseSites(activity, areaSites, LabelledSetGenerator.sourceCount(random));
            if (on.isEmpty()) {
                misses++;
                continue;
            }
            misses = 0;
            publish(activity, on);
            if (random.nextDouble() < HARD_NEGATIVES) {
                DemoActivity negative = hardNegative(activity, "a" + (++truths));
                publish(negative, chooseSites(negative, areaSites, 1));
            }
        }
    }

    private void publish(DemoActivity activity, List<DemoSite> on) {
        for (int i = 0; i < on.size(); i++) {
            DemoSite site = on.get(i);
            Variation variation = i == 0 ? Variation.CANONICAL : Variation.random(random);
            DemoActivity copy = CrossPost.of(activity, activity.id() + "-" + i, site, variation, random);
            if (site.format() == DemoFormat.JSONLD && !agendaEntries.add(agendaEntry(site, copy))) {
                continue; // a look-alike already on this page would read as more dates of it, not as an activity
            }
            activities.add(copy);
            truth.put(copy.id(), activity.id());
            load.merge(site.id(), 1, Integer::sum);
        }
    }

    /** Up to {@code count} of the area's sites, in random order, that can carry the activity. */
    private List<DemoSite> chooseSites(DemoActivity activity, List<DemoSite> areaSites, int count) {
        List<DemoSite> fitting = new ArrayList<>(areaSites.stream().filter(s -> carries(s, activity)).toList());
        Collections.shuffle(fitting, random);
        return fitting.subList(0, Math.min(count, fitting.size()));
    }

    private boolean carries(DemoSite site, DemoActivity activity) {
        if (site.format() == DemoFormat.JSONLD && agendaEntries.contains(agendaEntry(site, activity))) {
            return false;
        }
        if (activity.schedule() instanceof DemoSchedule.Ongoing) {
            return site.format().carriesOngoing();
        }
        return site.format() != DemoFormat.RECIPE_BUURTHUIS || load.getOrDefault(site.id(), 0) < BUURTHUIS_CAPACITY;
    }

    /** A second session of a daytime weekly club, else another activity in the same slot and place. */
    private DemoActivity hardNegative(DemoActivity activity, String id) {
        DemoActivity negative = activity.schedule() instanceof DemoSchedule.Weekly w
                && w.to().isBefore(java.time.LocalTime.of(20, 0))
                ? HardNegatives.secondSession(activity)
                : HardNegatives.sameSlot(activity, templates.activities().get(random.nextInt(
                templates.activities().size())));
        return AreaActivities.withId(negative, id);
    }

    private static String agendaEntry(DemoSite site, DemoActivity activity) {
        return site.id() + "|" + nl.bijeen.connectors.html.DatesOfOneActivity.seriesItemId(activity.title(),
                activity.place().name());
    }

    static String feedPath(DemoFormat format) {
        return switch (format) {
            case ICAL -> "agenda.ics";
            case RSS -> "feed.rss";
            case ATOM -> "nieuws.atom";
            case JSONLD, RECIPE_BUURTHUIS, RECIPE_BIBLIOTHEEK -> "agenda.html";
        };
    }
}
