package nl.bijeen.aggregator.dedupe.labelled;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.aggregator.dedupe.DedupeItem;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Source items with the ground truth of which describe the same activity: the yardstick for deduplication.
 * Generated from the demo world ({@link LabelledSetGenerator}), so it grows to any size with realistic density.
 *
 * @param items every item, ids ascending from 1
 */
public record LabelledSet(List<Item> items) {

    /**
     * One published item.
     *
     * @param truth the activity it describes: items with equal truth are the same activity
     * @param kind  how the item differs from the organiser's own publication (or which hard negative it is)
     */
    public record Item(long id, String truth, ActivityDraft draft, String kind) {
    }

    public LabelledSet {
        items = List.copyOf(items);
    }

    /** At least {@code size} items (whole activities are never cut), the same for the same seed and clock. */
    public static LabelledSet generate(DemoWorld world, int size, long seed, Clock clock) {
        return new LabelledSetGenerator(world, seed, clock).generate(size);
    }

    public List<DedupeItem> dedupeItems() {
        return items.stream().map(i -> DedupeItem.of(i.id(), i.draft())).toList();
    }

    /** The truth of each item id. */
    public Map<Long, String> truth() {
        Map<Long, String> truth = new HashMap<>(items.size() * 2);
        items.forEach(i -> truth.put(i.id(), i.truth()));
        return truth;
    }
}
