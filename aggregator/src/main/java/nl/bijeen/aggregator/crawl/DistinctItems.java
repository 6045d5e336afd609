package nl.bijeen.aggregator.crawl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Warning;

/** Keeps the drafts the store can take: one per source item id (the first wins), for the crawled source only. */
final class DistinctItems {

    /** The store's limit on source item ids (activity.source_item_id). */
    static final int MAX_ITEM_ID_LENGTH = 2000;

    private final List<ActivityDraft> kept = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    DistinctItems(String sourceId, List<ActivityDraft> drafts) {
        Set<String> seen = new HashSet<>();
        for (ActivityDraft draft : drafts) {
            String item = draft.sourceItemId();
            if (!draft.sourceId().equals(sourceId)) {
                warnings.add(new Warning(item, "item skipped: it claims to come from source '" + draft.sourceId() + "'"));
            } else if (item.length() > MAX_ITEM_ID_LENGTH) {
                warnings.add(new Warning(item.substring(0, 80) + "…", "item skipped: its id is longer than "
                        + MAX_ITEM_ID_LENGTH + " characters"));
            } else if (!seen.add(item)) {
                warnings.add(new Warning(item, "item skipped: the source publishes this id more than once; the first"
                        + " one was kept"));
            } else {
                kept.add(draft);
            }
        }
    }

    List<ActivityDraft> kept() {
        return kept;
    }

    List<Warning> warnings() {
        return warnings;
    }
}
