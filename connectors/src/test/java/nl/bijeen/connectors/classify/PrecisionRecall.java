package nl.bijeen.connectors.classify;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** True/false positives and false negatives per label, with precision, recall and a printable table. */
final class PrecisionRecall {

    private final Map<String, int[]> counts = new TreeMap<>();

    void add(String group, Set<String> expected, Collection<String> actual) {
        for (String label : actual) {
            counts(group, label)[expected.contains(label) ? 0 : 1]++;
        }
        for (String label : expected) {
            if (!actual.contains(label)) {
                counts(group, label)[2]++;
            }
        }
    }

    private int[] counts(String group, String label) {
        return counts.computeIfAbsent(group + ":" + label, k -> new int[3]);
    }

    double microPrecision() {
        int tp = total(0);
        return ratio(tp, tp + total(1));
    }

    double microRecall() {
        int tp = total(0);
        return ratio(tp, tp + total(2));
    }

    private int total(int column) {
        return counts.values().stream().mapToInt(c -> c[column]).sum();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-38s %4s %4s %4s %6s %6s%n",
                "label", "TP", "FP", "FN", "P", "R"));
        counts.forEach((label, c) -> out.append(String.format(Locale.ROOT, "%-38s %4d %4d %4d %6.2f %6.2f%n",
                label, c[0], c[1], c[2], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]))));
        out.append(String.format(Locale.ROOT, "%-38s %4d %4d %4d %6.2f %6.2f%n", "MICRO (all labels)",
                total(0), total(1), total(2), microPrecision(), microRecall()));
        return out.toString();
    }
}
