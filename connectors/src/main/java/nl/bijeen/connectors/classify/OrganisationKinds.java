package nl.bijeen.connectors.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.bijeen.connectors.model.OrganisationKind;

/**
 * Tells which {@link OrganisationKind} an organisation is, from what sources state (a schema.org type such as
 * "Library", a recipe's label) and from the words of its names, with words from configuration (the operator's
 * {@code organisations.yml}, key {@code kinds}). A word matches a word of the text that starts with it
 * ("zwem" in "Zwemvereniging"), or, from four letters on, one that ends with it: Dutch puts the head of a compound
 * last ("kerk" in "Ontmoetingskerk", "koor" in "Mannenkoor"). A phrase matches words in a row. Stated kinds count before names; within each,
 * the first kind in configuration order that matches wins, so the specific kinds go first.
 */
public final class OrganisationKinds {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private final Map<OrganisationKind, List<String>> words;

    /** @param wordsByCode kind code → words, in the order they are tried; unknown codes are refused */
    public OrganisationKinds(Map<String, List<String>> wordsByCode) {
        Map<OrganisationKind, List<String>> byKind = new LinkedHashMap<>();
        wordsByCode.forEach((code, list) -> byKind.put(OrganisationKind.ofCode(code).orElseThrow(() ->
                new IllegalArgumentException("unknown organisation kind '" + code + "'; known: "
                        + List.of(OrganisationKind.values()))), list.stream().map(OrganisationKinds::plain).toList()));
        this.words = byKind;
    }

    /**
     * The kind from stated kinds first, then names; {@link OrganisationKind#OVERIG} when nothing matches. A stated
     * kind that is one of Bijeen's own codes (a site owner chose it at registration) is taken as it is.
     */
    public OrganisationKind classify(List<String> statedKinds, List<String> names) {
        for (String stated : statedKinds) {
            if (stated != null && OrganisationKind.ofCode(stated.strip()).isPresent()) {
                return OrganisationKind.ofCode(stated.strip()).get();
            }
        }
        for (List<String> texts : List.of(statedKinds, names)) {
            for (Map.Entry<OrganisationKind, List<String>> kind : words.entrySet()) {
                for (String text : texts) {
                    if (text != null && matchesAny(" " + plain(text) + " ", kind.getValue())) {
                        return kind.getKey();
                    }
                }
            }
        }
        return OrganisationKind.OVERIG;
    }

    private static boolean matchesAny(String text, List<String> words) {
        for (String word : words) {
            if (!word.isEmpty() && (text.contains(" " + word) || word.length() >= 4 && text.contains(word + " "))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents and punctuation gone, words separated by single spaces. */
    private static String plain(String text) {
        String decomposed = Normalizer.normalize(Objects.requireNonNull(text).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        return NOT_WORD.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim();
    }

    /** For tests and messages: the kinds configured, in order. */
    public List<OrganisationKind> kinds() {
        return new ArrayList<>(words.keySet());
    }
}
