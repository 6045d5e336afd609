package nl.bijeen.aggregator.dedupe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pairs are worth scoring. Comparing every item with every other grows with the square of the world; two
 * publications of one activity always share a date (or are both ongoing) and a region, and nearly always a grid
 * cell, a place word or a title word. Items are grouped by those keys and only items in one group are compared,
 * so the work grows with the number of items times the (small) size of their groups.
 */
final class Blocking {

    private Blocking() {
    }

    /** Every candidate pair, as indexes into {@code items}, each pair once with the lower index first. */
    static Set<Long> candidatePairs(List<DedupeItem> items) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String key : keys(items.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> pairs = new LinkedHashSet<>();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    pairs.add(pair(block.get(x), block.get(y)));
                }
            }
        }
        return pairs;
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

    /** The blocking keys of one item: per date (or "ongoing") and region, its cell, place word and title words. */
    static Set<String> keys(DedupeItem item) {
        List<String> features = features(item);
        Set<String> keys = new LinkedHashSet<>();
        List<String> when = item.ongoing() ? List.of("ongoing")
                : item.starts().keySet().stream().map(LocalDate::toString).toList();
        for (String date : when) {
            for (String region : item.regions()) {
                for (String feature : features) {
                    keys.add(date + '|' + region + '|' + feature);
                }
            }
        }
        return keys;
    }

    /** Grid cell, first place word, and the two longest title words (the most telling). */
    private static List<String> features(DedupeItem item) {
        List<String> features = new ArrayList<>();
        if (item.hasCoordinates()) {
            features.add("c:" + Geo.cell(item.latitude(), item.longitude()));
        }
        item.placeTokens().stream().findFirst().ifPresent(word -> features.add("p:" + word));
        item.titleTokens().stream().sorted(Comparator.comparingInt(String::length).reversed()).limit(2)
                .forEach(word -> features.add("t:" + word));
        return features;
    }
}
