package nl.bijeen.aggregator.store;

import java.time.Instant;

import nl.bijeen.connectors.model.ActivityDraft;

/**
 * An activity as the store holds it: the draft its source last published, with the store's id and bookkeeping.
 *
 * @param id        the store's id, stable across re-crawls of the same source item
 * @param draft     the content as last crawled
 * @param firstSeen when it was first stored
 * @param updatedAt when its content last changed
 */
public record StoredActivity(long id, ActivityDraft draft, Instant firstSeen, Instant updatedAt) {
}
