package nl.bijeen.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bijeen.connectors.classify.Taxonomy;

/**
 * The words of a query that mean a filter rather than text: wijk and town names (from the wijk GeoJSON of the area
 * Bijeen covers), and the audience and theme words of the taxonomy. Phrases are kept in {@link QueryText} form.
 *
 * <p>Audiences take all their one-word keywords ("ouderen", "senior", "bejaarden"): those are words for people.
 * Themes take only the words of their label and id ("sport", "cultuur", "tuinieren"): the keywords of a theme are
 * things ("koffie", "bingo") that residents mean as text, and filtering on "ontmoeten" for "koffie" would bury the
 * koffieochtend among every other meeting.
 */
public final class QueryVocabulary {

    /** What a phrase stands for. */
    record Meaning(QueryFilter.Kind kind, String label, List<String> values, boolean keepText) {

        Meaning {
            values = List.copyOf(values);
        }

        /** The same filter, also kept as text: a specific word ("inburgering") says more than its audience. */
        Meaning keepingText() {
            return new Meaning(kind, label, values, true);
        }
    }

    /** Towns of the municipality of Katwijk and the CBS wijken they consist of. */
    private static final Map<String, List<String>> TOWNS = Map.of(
            "Katwijk", List.of("WK053701", "WK053702", "WK053703", "WK053705", "WK053706"),
            "Rijnsburg", List.of("WK053707"),
            "Valkenburg", List.of("WK053708"));
    /** Words too general to be a theme on their own ("en" from "Eten en koken"). */
    private static final List<String> NOT_THEME_WORDS = List.of("en", "met", "een", "mensen");

    private final Map<String, Meaning> phrases;
    /** Audience keywords that also match as the start of a longer word ("seniorenactiviteiten"). */
    private final Map<String, Meaning> audienceStems;

    /** CBS wijk code to its name, for facet labels and autocomplete. */
    private final Map<String, String> wijkNames;

    private QueryVocabulary(Map<String, Meaning> phrases, Map<String, Meaning> audienceStems,
                            Map<String, String> wijkNames) {
        this.phrases = Map.copyOf(phrases);
        this.audienceStems = Map.copyOf(audienceStems);
        this.wijkNames = Map.copyOf(wijkNames);
    }

    /** Knows no places, audiences or themes; date words still work. */
    public static QueryVocabulary empty() {
        return new QueryVocabulary(Map.of(), Map.of(), Map.of());
    }

    /** The wijk's name ("Katwijk Noord") for its CBS code, or the code when the wijk file does not know it. */
    public String wijkName(String code) {
        return wijkNames.getOrDefault(code, code);
    }

    /** Every wijk: CBS code to name. */
    public Map<String, String> wijken() {
        return wijkNames;
    }

    /** @param wijkFile GeoJSON with a statcode and statnaam per wijk; {@code null} for none */
    public static QueryVocabulary load(Taxonomy taxonomy, Path wijkFile) {
        Map<String, Meaning> phrases = new HashMap<>();
        Map<String, Meaning> stems = new HashMap<>();
        TOWNS.forEach((town, codes) -> phrases.put(QueryText.normalise(town),
                new Meaning(QueryFilter.Kind.WIJK, town, codes, false)));
        Map<String, String> wijkNames = new HashMap<>();
        if (wijkFile != null && Files.isRegularFile(wijkFile)) {
            readWijken(wijkFile).forEach((name, code) -> {
                phrases.put(QueryText.normalise(name), new Meaning(QueryFilter.Kind.WIJK, name, List.of(code), false));
                wijkNames.put(code, name);
            });
        }
        for (Taxonomy.Entry e : taxonomy.themes()) {
            Meaning m = new Meaning(QueryFilter.Kind.THEME, e.label(), List.of(e.id()), false);
            for (String word : QueryText.words(e.label() + " " + e.id())) {
                if (!NOT_THEME_WORDS.contains(word)) {
                    phrases.putIfAbsent(word, m);
                }
            }
        }
        for (Taxonomy.Entry e : taxonomy.audiences()) {
            Meaning m = new Meaning(QueryFilter.Kind.AUDIENCE, e.label(), List.of(e.id()), false);
            phrases.put(QueryText.normalise(e.id()), m);
            phrases.put(QueryText.normalise(e.label()), m);
            for (String keyword : e.keywords()) {
                if (keyword.startsWith("*") || !keyword.matches("=?[a-z0-9+' ]+")) {
                    continue; // "*pensioen" hides inside other words
                }
                String word = QueryText.normalise(keyword.replace("=", ""));
                // A one-word keyword stays text as well ("inburgering", "dementie"); an age ("60 plus", "65+")
                // or a phrase says no more than the audience.
                phrases.putIfAbsent(word, word.matches("[a-z]+") ? m.keepingText() : m);
                if (!keyword.startsWith("=") && word.matches("[a-z]{5,}")) {
                    stems.putIfAbsent(word, m);
                }
            }
        }
        return new QueryVocabulary(phrases, stems, wijkNames);
    }

    Optional<Meaning> phrase(String normalised) {
        return Optional.ofNullable(phrases.get(normalised));
    }

    /** An audience keyword that {@code word} starts with, as in the compound "seniorenactiviteiten". */
    Optional<Meaning> audienceInCompound(String word) {
        return audienceStems.entrySet().stream().filter(e -> word.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private static Map<String, String> readWijken(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, String> byName = new HashMap<>();
            for (JsonNode f : root.path("features")) {
                JsonNode p = f.path("properties");
                if (p.hasNonNull("statnaam") && p.hasNonNull("statcode")) {
                    byName.put(p.get("statnaam").asText(), p.get("statcode").asText());
                }
            }
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the wijken in " + file.toAbsolutePath(), e);
        }
    }
}
