package nl.bijeen.aggregator.dedupe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pairs are worth scoring. Comparing every item with every other grows with the square of the world; two
 * publications of one activity always meet on a shared date, in a shared region, at nearly the same time (the
 * {@link Similarity} rules out anything else), or are both ongoing offers in one region.
 *
 * <p>Dated items: one entry per (date, region, start minute, item), packed into a long and sorted, so every
 * (date, region) bucket lies together in start order; a sweep pairs each item with the items starting within the
 * time window after it (all-day items with the whole bucket). Work and memory grow with the number of dates of
 * the items, not with the square of anything, and no per-key objects are made. Ongoing offers have no time to
 * sort on; they are grouped by region and a place word, title word or grid cell.
 */
final class Blocking {

    /** Starts further apart than this never match (see {@link Similarity}: twice the default tolerance). */
    static final int DEFAULT_WINDOW_MINUTES = 30;

    // Bits of a packed entry, high to low: day since the earliest date, region, start slot (0 = all day), item.
    private static final int ITEM_BITS = 22;
    private static final int SLOT_BITS = 11;
    private static final int REGION_BITS = 17;
    private static final int DAY_BITS = 64 - ITEM_BITS - SLOT_BITS - REGION_BITS;

    private Blocking() {
    }

    /**
     * Every candidate pair, as indexes into {@code items} packed by {@link #pair}, each pair once with the lower index
     * first, in ascending order.
     */
    static long[] candidatePairs(List<DedupeItem> items) {
        return candidatePairs(items, DEFAULT_WINDOW_MINUTES);
    }

    static long[] candidatePairs(List<DedupeItem> items, int windowMinutes) {
        if (items.size() >= 1 << ITEM_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << ITEM_BITS) - 1) + " items in one pass");
        }
        PairBuffer pairs = new PairBuffer();
        sweepDated(items, windowMinutes, pairs);
        pairOngoing(items, pairs);
        return pairs.distinct();
    }

    static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    private static void sweepDated(List<DedupeItem> items, int window, PairBuffer pairs) {
        long[] entries = DatedEntries.of(items);
        int start = 0;
        while (start < entries.length) {
            int end = start;
            long bucket = entries[start] >>> (ITEM_BITS + SLOT_BITS);
            while (end < entries.length && entries[end] >>> (ITEM_BITS + SLOT_BITS) == bucket) {
                end++;
            }
            sweepBucket(entries, start, end, window, items, pairs);
            start = end;
        }
    }

    /** Entries [from, to) share date and region and are sorted by start slot; all-day items (slot 0) come first. */
    private static void sweepBucket(long[] entries, int from, int to, int window, List<DedupeItem> items,
                                    PairBuffer pairs) {
        for (int x = from; x < to; x++) {
            int slotX = slot(entries[x]);
            for (int y = x + 1; y < to; y++) {
                if (slotX != 0 && slot(entries[y]) - slotX > window) {
                    break;
                }
                addUnlessSameSource(item(entries[x]), item(entries[y]), items, pairs);
            }
        }
    }

    private static void addUnlessSameSource(int a, int b, List<DedupeItem> items, PairBuffer pairs) {
        if (a != b && !items.get(a).sourceId().equals(items.get(b).sourceId())) {
            pairs.add(pair(a, b));
        }
    }

    private static int slot(long entry) {
        return (int) (entry >>> ITEM_BITS) & ((1 << SLOT_BITS) - 1);
    }

    private static int item(long entry) {
        return (int) (entry & ((1 << ITEM_BITS) - 1));
    }

    /** The packed, sorted (date, region, start, item) entries of every dated item. */
    private static final class DatedEntries {

        static long[] of(List<DedupeItem> items) {
            long firstDay = items.stream().filter(i -> !i.ongoing()).mapToLong(i -> i.starts().firstKey().toEpochDay())
                    .min().orElse(0);
            Map<String, Integer> regionIds = new HashMap<>();
            long[] entries = new long[count(items)];
            int n = 0;
            for (int i = 0; i < items.size(); i++) {
                DedupeItem item = items.get(i);
                for (Map.Entry<LocalDate, Integer> start : item.starts().entrySet()) {
                    long day = start.getKey().toEpochDay() - firstDay;
                    int slot = start.getValue() == DedupeItem.ALL_DAY ? 0 : start.getValue() + 1;
                    for (String region : item.regions()) {
                        int regionId = regionIds.computeIfAbsent(region, r -> regionIds.size());
                        entries[n++] = pack(day, regionId, slot, i);
                    }
                }
            }
            Arrays.sort(entries, 0, n);
            return n == entries.length ? entries : Arrays.copyOf(entries, n);
        }

        private static int count(List<DedupeItem> items) {
            long total = 0;
            for (DedupeItem item : items) {
                total += (long) item.starts().size() * item.regions().size();
            }
            return Math.toIntExact(total);
        }

        private static long pack(long day, int region, int slot, int item) {
            if (day >= 1L << DAY_BITS || region >= 1 << REGION_BITS) {
                throw new IllegalArgumentException("dates span too many days or too many regions for one pass");
            }
            return day << (REGION_BITS + SLOT_BITS + ITEM_BITS) | (long) region << (SLOT_BITS + ITEM_BITS)
                    | (long) slot << ITEM_BITS | item;
        }
    }

    private static void pairOngoing(List<DedupeItem> items, PairBuffer pairs) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).ongoing()) {
                for (String key : ongoingKeys(items.get(i))) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    addUnlessSameSource(block.get(x), block.get(y), items, pairs);
                }
            }
        }
    }

    /** Per region: its grid cell, first place word and two longest title words (the most telling). */
    static Set<String> ongoingKeys(DedupeItem item) {
        List<String> features = new ArrayList<>();
        if (item.hasCoordinates()) {
            features.add("c:" + Geo.cell(item.latitude(), item.longitude()));
        }
        item.placeTokens().stream().findFirst().ifPresent(word -> features.add("p:" + word));
        item.titleTokens().stream().sorted(Comparator.comparingInt(String::length).reversed()).limit(2)
                .forEach(word -> features.add("t:" + word));
        Set<String> keys = new LinkedHashSet<>();
        for (String region : item.regions()) {
            features.forEach(feature -> keys.add(region + '|' + feature));
        }
        return keys;
    }
}
