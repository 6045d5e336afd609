package nl.bijeen.aggregator.store;

import java.time.Instant;
import java.util.List;

import nl.bijeen.aggregator.dedupe.Publication;
import nl.bijeen.connectors.model.ActivityDraft;

/**
 * An activity as the store holds it: the merged content of the source items that describe it, with the store's id,
 * bookkeeping, and every site it was published on.
 *
 * @param id           the activity's id, stable across re-crawls (see {@code ClusterIds})
 * @param draft        the merged content
 * @param firstSeen    when it was first stored
 * @param updatedAt    when its content last changed
 * @param publications every source it appears on, most trusted first
 */
public record StoredActivity(long id, ActivityDraft draft, Instant firstSeen, Instant updatedAt,
                             List<Publication> publications) {

    public StoredActivity {
        publications = publications == null ? List.of() : List.copyOf(publications);
    }

    /** An activity published on its draft's source only (tests, and items read from their own table). */
    public StoredActivity(long id, ActivityDraft draft, Instant firstSeen, Instant updatedAt) {
        this(id, draft, firstSeen, updatedAt, List.of(new Publication(draft.sourceId(), draft.sourceId(), id,
                draft.link())));
    }
}
