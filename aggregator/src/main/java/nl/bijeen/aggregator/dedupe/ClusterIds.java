package nl.bijeen.aggregator.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Gives each new group an activity id that stays the same across re-crawls: a group keeps the id most of its items
 * already had. When a group splits, the larger part keeps the id and the other part gets a new one; when two
 * merge, the id of the larger (on a tie, the older) survives and the other id is retired. Links to an activity
 * page therefore keep working while its sources come and go.
 */
public final class ClusterIds {

    /** A group with the id it gets, and whether that id is new. */
    public record Assigned(long activityId, List<Long> itemIds, boolean fresh) {
    }

    private ClusterIds() {
    }

    /**
     * @param groups   the item ids of each group
     * @param previous the activity id each item had before (items without one are new)
     * @param newId    hands out an unused id
     */
    public static List<Assigned> assign(List<List<Long>> groups, Map<Long, Long> previous, LongSupplier newId) {
        List<List<Long>> bySize = new ArrayList<>(groups);
        bySize.sort(Comparator.<List<Long>>comparingInt(List::size).reversed()
                .thenComparingLong(List::getFirst));
        Set<Long> taken = new HashSet<>();
        List<Assigned> assigned = new ArrayList<>();
        for (List<Long> group : bySize) {
            Long kept = mostCommonFreeId(group, previous, taken);
            if (kept != null) {
                taken.add(kept);
                assigned.add(new Assigned(kept, group, false));
            } else {
                assigned.add(new Assigned(newId.getAsLong(), group, true));
            }
        }
        assigned.sort(Comparator.comparingLong(a -> a.itemIds().getFirst()));
        return assigned;
    }

    private static Long mostCommonFreeId(List<Long> group, Map<Long, Long> previous, Set<Long> taken) {
        Map<Long, Integer> votes = new HashMap<>();
        for (long item : group) {
            Long id = previous.get(item);
            if (id != null && !taken.contains(id)) {
                votes.merge(id, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
