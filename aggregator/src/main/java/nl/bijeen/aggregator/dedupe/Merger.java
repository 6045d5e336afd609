package nl.bijeen.aggregator.dedupe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;

/**
 * Makes one activity out of the items that describe it. Members are ranked by source priority, then by how
 * complete they are, then by age (lowest id): each field comes from the best-ranked member that has it. Some
 * fields combine instead: dates are the union (a series on one site and a single date on another give the series),
 * audiences and themes are the union, the description is the longest one among the most trusted members (sites
 * often cut descriptions short), and every member is listed as a publication.
 */
public final class Merger {

    private Merger() {
    }

    /** The merged activity of one group and where it was published, ranked as above. */
    public record Merged(ActivityDraft draft, List<Publication> publications) {
    }

    public static Merged merge(List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<Member> ranked = new ArrayList<>(members);
        ranked.sort(Comparator.comparingInt(Member::priority).reversed()
                .thenComparing(Comparator.comparingInt(Member::completeness).reversed())
                .thenComparingLong(Member::itemId));
        ActivityDraft best = ranked.getFirst().draft();
        ActivityDraft merged = new ActivityDraft(best.sourceId(), best.sourceItemId(), best.title(),
                description(ranked), schedule(ranked), first(ranked, d -> d.place() != null
                        && d.place().hasCoordinates() ? d.place() : null, first(ranked, ActivityDraft::place, null)),
                first(ranked, ActivityDraft::organiser, null), union(ranked, ActivityDraft::audiences),
                union(ranked, ActivityDraft::themes), first(ranked, ActivityDraft::cost, null),
                first(ranked, ActivityDraft::image, null), first(ranked, ActivityDraft::link, null), best.status(),
                best.kind(), first(ranked, ActivityDraft::wheelchairAccessible, null));
        List<Publication> publications = ranked.stream()
                .map(m -> new Publication(m.draft().sourceId(), m.sourceName(), m.itemId(), m.draft().link()))
                .toList();
        return new Merged(merged, publications);
    }

    private static <T> T first(List<Member> ranked, Function<ActivityDraft, T> field, T otherwise) {
        return ranked.stream().map(m -> field.apply(m.draft())).filter(Objects::nonNull).findFirst()
                .orElse(otherwise);
    }

    private static List<String> union(List<Member> ranked, Function<ActivityDraft, List<String>> field) {
        Set<String> all = new LinkedHashSet<>();
        ranked.forEach(m -> all.addAll(field.apply(m.draft())));
        return List.copyOf(all);
    }

    /** The longest description among the most trusted members that have one. */
    private static Description description(List<Member> ranked) {
        Comparator<Member> byLength = Comparator.comparingInt(m -> m.draft().description().text().length());
        List<Member> described = ranked.stream().filter(m -> !m.draft().description().text().isBlank()).toList();
        if (described.isEmpty()) {
            return Description.EMPTY;
        }
        int top = described.getFirst().priority();
        return described.stream().filter(m -> m.priority() == top).max(byLength).orElseThrow().draft().description();
    }

    /**
     * The schedule of the best member that publishes times (times beat "all day"), plus the dates only others
     * publish. A date both publish keeps the best member's version, cancellations included.
     */
    private static Schedule schedule(List<Member> ranked) {
        Member base = ranked.stream().filter(m -> m.draft().schedule().hasFixedDate())
                .min(Comparator.comparing((Member m) -> m.draft().schedule().allDay())
                        .thenComparingInt(ranked::indexOf))
                .orElse(ranked.getFirst());
        Schedule schedule = base.draft().schedule();
        List<Occurrence> occurrences = new ArrayList<>(schedule.occurrences());
        Set<LocalDate> dates = new HashSet<>();
        occurrences.forEach(o -> dates.add(o.start().withZoneSameInstant(DedupeItem.LOCAL).toLocalDate()));
        for (Member other : ranked) {
            if (other == base) {
                continue;
            }
            for (Occurrence o : other.draft().schedule().occurrences()) {
                if (dates.add(o.start().withZoneSameInstant(DedupeItem.LOCAL).toLocalDate())) {
                    occurrences.add(o);
                }
            }
        }
        return new Schedule(schedule.zone(), schedule.allDay(), occurrences);
    }
}
