package nl.bijeen.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.bijeen.aggregator.dedupe.Publication;
import nl.bijeen.aggregator.dedupe.labelled.LabelledSet;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.store.StoredActivity;

/**
 * Activities as the store would hold them after deduplication, made from the labelled sets of the dedupe bench (the
 * demo world replicated over synthetic towns): one activity per ground-truth group, with the organiser's own
 * publication as its content and every item of the group as a publication. The index then sees what production
 * sees — merged activities, not the raw duplicates.
 */
final class GeneratedActivities {

    private GeneratedActivities() {
    }

    /**
     * Exactly {@code count} activities, ids 1…count, dates relative to {@code clock} (so "deze week" finds things).
     */
    static List<StoredActivity> generate(DemoWorld world, int count, long seed, Clock clock) {
        // The generator counts items, not activities; a small sample gives items per activity, plus a margin so
        // one generation is enough (generating is the costly part at 1M).
        List<StoredActivity> sample = group(LabelledSet.generate(world, 5_000, seed, clock), Integer.MAX_VALUE, clock);
        double itemsPerActivity = 5_000.0 / sample.size();
        int items = (int) Math.ceil(count * itemsPerActivity * 1.05) + 1_000;
        List<StoredActivity> activities = group(LabelledSet.generate(world, items, seed, clock), count, clock);
        if (activities.size() < count) {
            throw new IllegalStateException("generated only " + activities.size() + " of " + count + " activities");
        }
        return activities;
    }

    /** Items of one truth follow each other in a labelled set, the organiser's own publication first. */
    private static List<StoredActivity> group(LabelledSet set, int max, Clock clock) {
        List<StoredActivity> activities = new ArrayList<>();
        Instant now = clock.instant();
        List<LabelledSet.Item> items = set.items();
        int i = 0;
        while (i < items.size() && activities.size() < max) {
            LabelledSet.Item first = items.get(i);
            List<Publication> publications = new ArrayList<>();
            for (; i < items.size() && items.get(i).truth().equals(first.truth()); i++) {
                var draft = items.get(i).draft();
                publications.add(new Publication(draft.sourceId(), draft.sourceId(), items.get(i).id(), draft.link()));
            }
            activities.add(new StoredActivity(activities.size() + 1, first.draft(), now, now, publications));
        }
        return activities;
    }
}
