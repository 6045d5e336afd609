package nl.bijeen.connectors.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.text.StableIds;

/**
 * Agenda plug-ins publish a recurring activity as one schema.org Event per date ("Koffieochtend" on the 24th,
 * the 1st, the 8th…), each with its own {@code @id}. For a reader that is one activity with several dates, as an
 * iCal series is one VEVENT with an RRULE. Events on one page with the same name and place are therefore merged
 * into one activity holding all their dates. Its item id is derived from that name and place ({@link #seriesItemId}),
 * so it stays the same while dates pass and new ones appear; a lone Event keeps its own id. Merging across pages
 * and sources is deduplication, which is the aggregator's job, not this one.
 */
public final class DatesOfOneActivity {

    private DatesOfOneActivity() {
    }

    static List<ActivityDraft> merge(List<ActivityDraft> events) {
        Map<String, List<ActivityDraft>> byActivity = new LinkedHashMap<>();
        for (ActivityDraft event : events) {
            byActivity.computeIfAbsent(key(event), k -> new ArrayList<>()).add(event);
        }
        return byActivity.values().stream()
                .map(dates -> dates.size() == 1 ? dates.getFirst() : series(dates))
                .toList();
    }

    /** The item id of the activity that several Events named {@code title} at {@code placeName} make up. */
    public static String seriesItemId(String title, String placeName) {
        return StableIds.fromContent("series", title, placeName);
    }

    private static String key(ActivityDraft event) {
        return seriesItemId(event.title(), placeName(event));
    }

    private static String placeName(ActivityDraft event) {
        return event.place() == null ? null : event.place().name();
    }

    private static ActivityDraft series(List<ActivityDraft> dates) {
        ActivityDraft first = dates.getFirst();
        List<Occurrence> occurrences = dates.stream().flatMap(d -> d.schedule().occurrences().stream()).distinct().toList();
        boolean allDay = dates.stream().allMatch(d -> d.schedule().allDay());
        boolean allCancelled = dates.stream().allMatch(d -> d.status() == ActivityDraft.Status.CANCELLED);
        Schedule schedule = new Schedule(first.schedule().zone(), allDay, occurrences);
        return first.withSourceItemId(seriesItemId(first.title(), placeName(first)))
                .withSchedule(schedule, allCancelled ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED);
    }
}
