package nl.bijeen.aggregator.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Groups of ids joined pair by pair, refusing a join that would put two ids an admin kept apart in one group. */
final class UnionFind {

    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, Set<Long>> members = new HashMap<>();

    void add(long id) {
        if (parent.putIfAbsent(id, id) == null) {
            members.put(id, new TreeSet<>(List.of(id)));
        }
    }

    Set<Long> ids() {
        return parent.keySet();
    }

    boolean together(long a, long b) {
        return root(a) == root(b);
    }

    /** Joins the groups of a and b unless one holds an id that {@code never} keeps apart from one in the other. */
    boolean union(long a, long b, Map<Long, Set<Long>> never) {
        long ra = root(a);
        long rb = root(b);
        if (ra == rb) {
            return true;
        }
        Set<Long> small = members.get(ra).size() <= members.get(rb).size() ? members.get(ra) : members.get(rb);
        Set<Long> large = small == members.get(ra) ? members.get(rb) : members.get(ra);
        for (long id : small) {
            for (long apart : never.getOrDefault(id, Set.of())) {
                if (large.contains(apart)) {
                    return false;
                }
            }
        }
        long keep = small == members.get(ra) ? rb : ra;
        long drop = keep == ra ? rb : ra;
        parent.put(drop, keep);
        members.get(keep).addAll(members.remove(drop));
        return true;
    }

    /** Every group as sorted ids, groups ordered by their smallest id. */
    List<List<Long>> groups() {
        List<List<Long>> groups = new ArrayList<>();
        members.values().forEach(m -> groups.add(List.copyOf(m)));
        groups.sort(Comparator.comparingLong(List::getFirst));
        return groups;
    }

    private long root(long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }
}
