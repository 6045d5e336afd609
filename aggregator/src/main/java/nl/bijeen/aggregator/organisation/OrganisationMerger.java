package nl.bijeen.aggregator.organisation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import nl.bijeen.connectors.classify.OrganisationKinds;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;

/**
 * Merges what the mentions of one organisation say into its stored form: the owner's registration above the
 * publisher's own metadata above what items name as organiser, and within those a richer naming above a bare one.
 * The display name is the owner's, else the most used naming (ties: the publisher's, then one that is not a bare
 * domain); themes, audiences and wijken come from its linked live activities; admin corrections win over all.
 */
final class OrganisationMerger {

    private static final List<String> ORIGIN_RANK = List.of("OWNER", "PUBLISHER", "ORGANISER");

    private final OrganisationKinds kinds;

    OrganisationMerger(OrganisationKinds kinds) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
    }

    StoredOrganisation merge(long id, List<MentionRows.Row> mentions, List<ActivityDraft> activities,
                             OrganisationEdit edit) {
        List<MentionRows.Row> ranked = new ArrayList<>(mentions);
        ranked.sort(Comparator.comparingInt((MentionRows.Row m) -> ORIGIN_RANK.indexOf(m.origin()))
                .thenComparing(m -> m.organiser().isBare())
                .thenComparingLong(MentionRows.Row::id));
        List<Organiser> says = ranked.stream().map(MentionRows.Row::organiser).toList();
        List<String> names = names(ranked);
        Place place = first(says, Organiser::place);
        List<String> wijken = new ArrayList<>(activities.stream().map(ActivityDraft::place)
                .filter(Objects::nonNull).map(Place::wijk).filter(Objects::nonNull).toList());
        if (place != null && place.wijk() != null) {
            wijken.add(place.wijk());
        }
        OrganisationKind kind = edit.kind() != null ? edit.kind()
                : kinds.classify(says.stream().map(Organiser::kind).filter(Objects::nonNull).toList(), names);
        return new StoredOrganisation(id, names.getFirst(), names.subList(1, names.size()), kind,
                edit.or(edit.description(), first(says, Organiser::description)),
                byFrequency(activities.stream().flatMap(a -> a.themes().stream()).toList()),
                byFrequency(activities.stream().flatMap(a -> a.audiences().stream()).toList()),
                byFrequency(wijken), place,
                edit.or(edit.phone(), first(says, Organiser::phone)),
                edit.or(edit.email(), first(says, Organiser::email)),
                uri(edit.or(edit.website(), first(says, Organiser::url))),
                edit.openingHours() != null ? edit.openingHours()
                        : says.stream().map(Organiser::openingHours).filter(h -> !h.isEmpty()).findFirst().orElse(List.of()),
                first(says, Organiser::logo),
                edit.subsidised() != null ? edit.subsidised() : first(says, Organiser::subsidised),
                List.copyOf(new TreeSet<>(ranked.stream().map(MentionRows.Row::sourceId).toList())),
                activities.size(), null, null);
    }

    /** Display name first, then the other names, most used first; names differing only in case count as one. */
    private static List<String> names(List<MentionRows.Row> ranked) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (MentionRows.Row m : ranked) {
            String folded = m.name().toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(folded, m.name());
            uses.merge(folded, 1, Integer::sum);
        }
        List<String> order = new ArrayList<>(uses.keySet()); // in rank order: owner, publisher, organiser
        String owner = ranked.getFirst().origin().equals("OWNER") ? ranked.getFirst().name().toLowerCase(Locale.ROOT)
                : null;
        order.sort(Comparator.comparing((String n) -> !n.equals(owner))
                .thenComparing(n -> -uses.get(n))
                .thenComparing(n -> Naming.host(n) != null && n.matches("\\S+\\.[a-z]{2,}")));
        return order.stream().map(spelling::get).toList();
    }

    private static <T> T first(List<Organiser> says, Function<Organiser, T> part) {
        return says.stream().map(part).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Distinct values, most frequent first, ties in alphabetical order. */
    static List<String> byFrequency(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static URI uri(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            return uri.isAbsolute() ? uri : URI.create("https://" + url.trim());
        } catch (IllegalArgumentException e) {
            return null; // a website that is no URL is left out rather than shown broken
        }
    }
}
