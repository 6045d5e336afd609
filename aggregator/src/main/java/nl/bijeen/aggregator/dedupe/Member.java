package nl.bijeen.aggregator.dedupe;

import nl.bijeen.connectors.model.ActivityDraft;

/**
 * A source item as it takes part in merging: its draft, and how much its source is trusted.
 *
 * @param itemId     the store's id of the source item
 * @param sourceName the source's name, for the list of publications
 * @param priority   the source's priority (-100..100): the more trusted source's fields win
 * @param draft      the item as last crawled and normalised
 */
public record Member(long itemId, String sourceName, int priority, ActivityDraft draft) {

    /** How many of the optional parts the item has: among equally trusted sources the fuller item wins. */
    int completeness() {
        int filled = 0;
        filled += draft.description().text().isBlank() ? 0 : 1;
        filled += draft.place() == null ? 0 : 1;
        filled += draft.place() != null && draft.place().hasCoordinates() ? 1 : 0;
        filled += draft.organiser() == null ? 0 : 1;
        filled += draft.cost() == null ? 0 : 1;
        filled += draft.image() == null ? 0 : 1;
        filled += draft.link() == null ? 0 : 1;
        filled += draft.audiences().isEmpty() ? 0 : 1;
        filled += draft.themes().isEmpty() ? 0 : 1;
        filled += draft.schedule().allDay() ? 0 : 1;
        return filled;
    }
}
