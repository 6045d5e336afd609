package nl.bijeen.aggregator.world;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoSchedule;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;

/**
 * What changes on the sites between two crawls: on a share of the sites one item is removed, one edited (its text
 * gets a notice) and one new one-off evening activity is added at the site's venue (net, a site keeps its number of
 * items, so a recipe site never outgrows what its recipe reads). Deterministic per
 * seed and round.
 *
 * @param world   the world after the round
 * @param changed ids of the sites whose content changed
 * @param added   truths of the activities added, {@code removed} and {@code edited} the activity copies concerned
 */
public record WorldChanges(GeneratedWorld world, Set<String> changed, List<String> added, List<String> removed,
                           List<String> edited) {

    static final String NOTICE = " Let op: deze keer in de grote zaal.";

    /** Changes {@code share} (0–1) of the sites of {@code before}, as round {@code round} of seed {@code seed}. */
    public static WorldChanges of(GeneratedWorld before, double share, int round, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + round);
        List<DemoSite> sites = before.sites();
        int count = (int) Math.round(share * sites.size());
        Set<String> changed = new LinkedHashSet<>();
        while (changed.size() < count) {
            changed.add(sites.get(random.nextInt(sites.size())).id());
        }
        Map<String, List<DemoActivity>> bySite = new HashMap<>();
        before.world().activities().forEach(a -> bySite.computeIfAbsent(a.publishedOn().get(0),
                k -> new ArrayList<>()).add(a));
        List<DemoActivity> activities = new ArrayList<>(before.world().activities());
        Map<String, String> truth = new HashMap<>(before.truthOfActivity());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (String siteId : changed) {
            List<DemoActivity> own = bySite.getOrDefault(siteId, List.of());
            if (own.size() >= 2) {
                DemoActivity gone = own.get(random.nextInt(own.size()));
                activities.remove(gone);
                removed.add(gone.id());
                DemoActivity kept = own.stream().filter(a -> a != gone).findFirst().orElseThrow();
                activities.set(activities.indexOf(kept), edit(kept));
                edited.add(kept.id());
            }
            DemoActivity template = newTemplate(before.templates(), own, random.nextInt(before.templates().size()));
            DemoActivity base = own.isEmpty() ? template : own.get(0);
            String id = "r" + round + "-" + siteId;
            activities.add(new DemoActivity(id, template.title(), template.description(), base.place(),
                    base.organiser(), template.audiences(), template.themes(), template.cost(),
                    new DemoSchedule.Once(1 + random.nextInt(28), LocalTime.of(19, 30), LocalTime.of(21, 30)),
                    List.of(siteId), Map.of(), false));
            truth.put(id, id);
            added.add(id);
        }
        GeneratedWorld after = new GeneratedWorld(before.spec(), before.clock(), DemoWorld.of(sites, activities),
                truth, before.templates());
        return new WorldChanges(after, changed, added, removed, edited);
    }

    /**
     * The template at {@code index}, or the next one whose title the site does not publish yet: a second activity
     * with the same title at the same place would be joined with the first into one series on an agenda page.
     */
    private static DemoActivity newTemplate(List<DemoActivity> templates, List<DemoActivity> own, int index) {
        for (int i = 0; i < templates.size(); i++) {
            DemoActivity candidate = templates.get((index + i) % templates.size());
            if (own.stream().noneMatch(a -> a.title().equals(candidate.title()))) {
                return candidate;
            }
        }
        return templates.get(index);
    }

    private static DemoActivity edit(DemoActivity a) {
        return new DemoActivity(a.id(), a.title(), a.description() + NOTICE, a.place(), a.organiser(), a.audiences(),
                a.themes(), a.cost(), a.schedule(), a.publishedOn(), a.variants(), a.cancelled());
    }
}
