package nl.bijeen.aggregator.dedupe;

import java.util.List;
import java.util.Map;

/**
 * The outcome of deduplicating a set of items.
 *
 * @param groups    the items of each activity, ids ascending; groups ordered by their first id
 * @param linkScore for every item that joined a group through a score, the score it joined with (admin review)
 * @param compared  how many pairs were scored (for metrics: shows what blocking saved)
 */
public record Clustering(List<List<Long>> groups, Map<Long, Double> linkScore, long compared) {
}
