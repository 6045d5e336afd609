package nl.bijeen.connectors.html.recipe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.text.StableIds;

/**
 * Agenda pages list a weekly activity once per date, each entry linking to the same page: those entries are one
 * activity with several occurrences. Entries that share a link but not a title are different activities (a
 * generic "lees meer" page) and get a key of their own. The activity is cancelled only when every date is.
 */
final class Merging {

    private Merging() {
    }

    static void add(Map<String, ActivityDraft> byId, ActivityDraft draft) {
        ActivityDraft earlier = byId.get(draft.sourceItemId());
        if (earlier == null) {
            byId.put(draft.sourceItemId(), draft);
        } else if (earlier.title().equals(draft.title())) {
            byId.put(earlier.sourceItemId(), withOccurrencesOf(earlier, draft));
        } else {
            String own = StableIds.fromContent(draft.sourceItemId(), draft.title(),
                    draft.schedule().occurrences().isEmpty() ? "" : draft.schedule().occurrences().getFirst().start());
            byId.putIfAbsent(own, draft.withSourceItemId(own));
        }
    }

    private static ActivityDraft withOccurrencesOf(ActivityDraft earlier, ActivityDraft later) {
        LinkedHashSet<Occurrence> all = new LinkedHashSet<>(earlier.schedule().occurrences());
        all.addAll(later.schedule().occurrences());
        Schedule schedule = new Schedule(earlier.schedule().zone(),
                earlier.schedule().allDay() && later.schedule().allDay(), new ArrayList<>(all));
        boolean allCancelled = all.stream().allMatch(Occurrence::cancelled);
        return earlier.withSchedule(schedule,
                allCancelled ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED);
    }

}
