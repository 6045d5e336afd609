package nl.bijeen.aggregator.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups items that describe the same activity. Candidate pairs come from {@link Blocking}, are scored by
 * {@link Similarity}, and are joined best-first (greedy agglomeration): a pair only joins two groups when that
 * puts no two items of one source together and breaks no "never merge" override. Admin "merge" overrides are
 * joined before anything else. The result depends only on the items and overrides, never on their order.
 */
public final class Deduplicator {

    private record Link(int a, int b, double score) {
    }

    private final Similarity similarity;
    private final double threshold;
    private final int windowMinutes;

    public Deduplicator(DedupeSettings settings) {
        this.similarity = new Similarity(settings);
        this.threshold = settings.threshold();
        // Similarity gives no time agreement to starts more than twice the tolerance apart
        this.windowMinutes = (int) Math.max(Blocking.DEFAULT_WINDOW_MINUTES, 2 * settings.timeTolerance().toMinutes());
    }

    public Clustering cluster(List<DedupeItem> unordered, Overrides overrides) {
        List<DedupeItem> items = new ArrayList<>(unordered);
        items.sort(Comparator.comparingLong(DedupeItem::id)); // a stable order makes ties break the same way
        Groups groups = new Groups(items);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
        }
        for (Overrides.Pair never : overrides.never()) {
            groups.forbid(index.get(never.a()), index.get(never.b()));
        }
        for (Overrides.Pair merge : overrides.merge()) {
            groups.join(index.get(merge.a()), index.get(merge.b()), true);
        }
        List<Link> links = new ArrayList<>();
        long[] pairs = Blocking.candidatePairs(items, windowMinutes);
        for (long pair : pairs) {
            int a = Blocking.first(pair);
            int b = Blocking.second(pair);
            double score = similarity.score(items.get(a), items.get(b));
            if (score >= threshold) {
                links.add(new Link(a, b, score));
            }
        }
        links.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::a)
                .thenComparingInt(Link::b));
        Map<Long, Double> linkScore = new HashMap<>();
        for (Link link : links) {
            if (groups.join(link.a(), link.b(), false)) {
                long joined = items.get(Math.max(link.a(), link.b())).id();
                linkScore.putIfAbsent(joined, link.score());
            }
        }
        return new Clustering(groups.asIds(), linkScore, pairs.length);
    }

    /** Union-find with the constraints: items per group, sources per group, forbidden partners per group. */
    private static final class Groups {
        private final List<DedupeItem> items;
        private final int[] parent;
        private final Map<Integer, Set<String>> sources = new HashMap<>();
        private final Map<Integer, Set<Integer>> forbidden = new HashMap<>();

        Groups(List<DedupeItem> items) {
            this.items = items;
            this.parent = new int[items.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        void forbid(Integer a, Integer b) {
            if (a != null && b != null) {
                forbidden.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                forbidden.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        }

        /** Joins the groups of a and b unless a constraint forbids it (forced: only "never merge" forbids). */
        boolean join(Integer a, Integer b, boolean forced) {
            if (a == null || b == null) {
                return false; // an override naming an item that is not in this set
            }
            int ra = find(a);
            int rb = find(b);
            if (ra == rb || isForbidden(ra, rb) || (!forced && shareASource(ra, rb))) {
                return false;
            }
            parent[rb] = ra;
            sourcesOf(ra).addAll(sourcesOf(rb));
            Set<Integer> fb = forbidden.remove(rb);
            if (fb != null) {
                forbidden.computeIfAbsent(ra, k -> new HashSet<>()).addAll(fb);
            }
            return true;
        }

        private boolean isForbidden(int ra, int rb) {
            for (int f : forbidden.getOrDefault(ra, Set.of())) {
                if (find(f) == rb) {
                    return true;
                }
            }
            for (int f : forbidden.getOrDefault(rb, Set.of())) {
                if (find(f) == ra) {
                    return true;
                }
            }
            return false;
        }

        private boolean shareASource(int ra, int rb) {
            Set<String> x = sourcesOf(ra);
            Set<String> y = sourcesOf(rb);
            for (String s : x.size() <= y.size() ? x : y) {
                if ((x.size() <= y.size() ? y : x).contains(s)) {
                    return true;
                }
            }
            return false;
        }

        private Set<String> sourcesOf(int root) {
            return sources.computeIfAbsent(root, r -> new HashSet<>(Set.of(items.get(r).sourceId())));
        }

        private int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        List<List<Long>> asIds() {
            Map<Integer, List<Long>> byRoot = new java.util.TreeMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(items.get(i).id());
            }
            List<List<Long>> groups = new ArrayList<>(byRoot.values());
            groups.sort(Comparator.comparingLong(List::getFirst));
            return groups;
        }
    }
}
