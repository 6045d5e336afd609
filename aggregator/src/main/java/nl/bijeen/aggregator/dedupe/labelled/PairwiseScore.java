package nl.bijeen.aggregator.dedupe.labelled;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.aggregator.dedupe.Clustering;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: every pair of items put in one group is a
 * predicted pair, every pair describing the same activity a true pair. Counted per group and per (group, truth)
 * cell as n·(n−1)/2, so it takes time linear in the items, never comparing all pairs.
 */
public record PairwiseScore(long predictedPairs, long truePairs, long correctPairs) {

    public static PairwiseScore of(Clustering clustering, Map<Long, String> truth) {
        long predicted = 0;
        long correct = 0;
        Map<String, Long> perTruth = new HashMap<>();
        for (List<Long> group : clustering.groups()) {
            predicted += pairs(group.size());
            Map<String, Long> cells = new HashMap<>();
            for (long id : group) {
                String label = truth.get(id);
                if (label == null) {
                    throw new IllegalArgumentException("item " + id + " has no truth");
                }
                cells.merge(label, 1L, Long::sum);
                perTruth.merge(label, 1L, Long::sum);
            }
            for (long n : cells.values()) {
                correct += pairs(n);
            }
        }
        long actual = perTruth.values().stream().mapToLong(PairwiseScore::pairs).sum();
        return new PairwiseScore(predicted, actual, correct);
    }

    /** Of the pairs put together, the share that are the same activity (1 when none were put together). */
    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    /** Of the pairs that are the same activity, the share put together (1 when there are none). */
    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.4f, recall %.4f, F1 %.4f (%d/%d predicted pairs "
                + "correct, %d true pairs)", precision(), recall(), f1(), correctPairs, predictedPairs, truePairs);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
