package nl.bijeen.web.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads filters out of what a resident typed: "iets gezelligs voor ouderen in Rijnsburg deze week" becomes the
 * filters audience = senioren, wijk = Rijnsburg, date = this week, and the text "gezelligs". Words are matched
 * longest phrase first ("Katwijk aan Zee" before "Katwijk"). Words that only fill the sentence ("iets", "in",
 * "activiteiten") are dropped from the text, so they do not have to occur in an activity.
 */
final class QueryUnderstanding {

    /** A query split into text and filters. */
    record Understood(String text, List<QueryFilter> filters) {
    }

    private static final int LONGEST_PHRASE = 5;
    /** Filler words of a spoken question; the analyzer's stop list covers "in", "voor", "de", "het". */
    private static final Set<String> FILLERS = Set.of("iets", "wat", "leuk", "leuke", "leuks", "doen", "te",
            "activiteit", "activiteiten", "zoek", "zoeken", "graag", "ergens", "dingen", "er", "is", "zijn", "en", "in",
            "voor", "de", "het", "een", "op", "aan", "bij", "met", "van");

    private final QueryVocabulary vocabulary;

    QueryUnderstanding(QueryVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Understood understand(String query, LocalDate today, ZoneId zone) {
        List<String> raw = Arrays.stream(query.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        List<String> keys = raw.stream().map(QueryText::normalise).toList();
        List<String> text = new ArrayList<>();
        List<QueryFilter> filters = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            Optional<Found> found = longestAt(keys, i, today, zone);
            if (found.isPresent()) {
                Found f = found.get();
                String phrase = String.join(" ", raw.subList(i, i + f.length()));
                String without = join(raw, i, i + f.length());
                QueryFilter q = f.filter();
                filters.add(new QueryFilter(q.kind(), q.label(), phrase, q.values(), q.from(), q.until(), without));
                if (f.keepText()) {
                    text.addAll(raw.subList(i, i + f.length()));
                }
                i += f.length();
                continue;
            }
            String key = keys.get(i);
            Optional<QueryVocabulary.Meaning> audience = vocabulary.audienceInCompound(key);
            if (audience.isPresent()) {
                // "seniorenactiviteiten": for seniors, and the word stays text (its other part may matter).
                filters.add(filter(audience.get(), raw.get(i), join(raw, i, i + 1)));
            }
            if (!FILLERS.contains(key)) {
                text.add(raw.get(i));
            }
            i++;
        }
        return new Understood(String.join(" ", text), distinct(filters));
    }

    private record Found(QueryFilter filter, int length, boolean keepText) {
    }

    private Optional<Found> longestAt(List<String> keys, int start, LocalDate today, ZoneId zone) {
        for (int n = Math.min(LONGEST_PHRASE, keys.size() - start); n >= 1; n--) {
            String phrase = String.join(" ", keys.subList(start, start + n)).strip();
            if (phrase.isEmpty()) {
                continue;
            }
            Optional<DateWords.Days> days = DateWords.days(phrase, today);
            if (days.isPresent()) {
                QueryFilter date = new QueryFilter(QueryFilter.Kind.DATE, phrase, phrase, List.of(),
                        days.get().first().atStartOfDay(zone).toInstant(),
                        days.get().last().plusDays(1).atStartOfDay(zone).toInstant(), null);
                return Optional.of(new Found(date, n, false));
            }
            Optional<QueryVocabulary.Meaning> meaning = vocabulary.phrase(phrase);
            if (meaning.isPresent()) {
                return Optional.of(new Found(filter(meaning.get(), phrase, null), n,
                        meaning.get().keepText()));
            }
        }
        return Optional.empty();
    }

    private static QueryFilter filter(QueryVocabulary.Meaning m, String phrase, String without) {
        return new QueryFilter(m.kind(), m.label(), phrase, m.values(), null, null, without);
    }

    /** The query without words {@code from} (inclusive) to {@code to} (exclusive). */
    private static String join(List<String> raw, int from, int to) {
        return IntStream.range(0, raw.size()).filter(k -> k < from || k >= to).mapToObj(raw::get)
                .collect(Collectors.joining(" "));
    }

    /** "ouderen en senioren" is one chip, not two. */
    private static List<QueryFilter> distinct(List<QueryFilter> filters) {
        List<QueryFilter> out = new ArrayList<>();
        for (QueryFilter f : filters) {
            boolean seen = out.stream().anyMatch(o -> o.kind() == f.kind() && o.values().equals(f.values())
                    && (f.kind() != QueryFilter.Kind.DATE || o.from().equals(f.from())));
            if (!seen) {
                out.add(f);
            }
        }
        return out;
    }
}
