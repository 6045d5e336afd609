package nl.bijeen.aggregator.dedupe;

import java.net.URI;

/**
 * One place an activity was published: residents see every site it appears on.
 *
 * @param sourceId   the source
 * @param sourceName its name as shown to residents
 * @param itemId     the store's id of the source item
 * @param link       the page of the item on that site, or {@code null} when the source gives none
 */
public record Publication(String sourceId, String sourceName, long itemId, URI link) {
}
