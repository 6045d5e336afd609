package nl.bijeen.aggregator.store;

import java.util.List;

/**
 * What one deduplication pass changed in the activities.
 *
 * @param inserted activities that appeared (or came back)
 * @param updated  activities whose merged content changed
 * @param removed  activities no live item describes any more (or merged into another)
 * @param merged   activities of the pass that combine more than one source item
 * @param compared pairs of items scored (what blocking left to compare)
 */
public record DedupeResult(int inserted, int updated, int removed, int merged, long compared) {

    static final DedupeResult NONE = new DedupeResult(0, 0, 0, 0, 0);

    static DedupeResult of(List<Change> changes, int merged, long compared) {
        return new DedupeResult(count(changes, Change.Op.INSERT), count(changes, Change.Op.UPDATE),
                count(changes, Change.Op.REMOVE), merged, compared);
    }

    private static int count(List<Change> changes, Change.Op op) {
        return (int) changes.stream().filter(c -> c.op() == op).count();
    }
}
