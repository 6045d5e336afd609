package nl.bijeen.connectors.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a text, each with its compound parts: "seniorenbeweegclub" has the parts "seniorenbeweegclub",
 * "beweegclub" and "club" when "senioren" and "beweeg" are known stems. Dutch writes compounds as one word, so a
 * keyword at the start of any part counts as found.
 */
final class TextWords {

    /** Shorter remainders are mostly linking letters or endings ("-en", "-s"), not words. */
    private static final int MIN_PART = 3;

    private final List<String> words;
    private final List<List<String>> parts;

    TextWords(String text, Stems stems) {
        this.words = DutchText.words(text);
        this.parts = new ArrayList<>(words.size());
        for (String word : words) {
            parts.add(split(word, stems));
        }
    }

    private static List<String> split(String word, Stems stems) {
        Set<String> found = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(word));
        while (!todo.isEmpty()) {
            String part = todo.removeLast();
            if (!found.add(part)) {
                continue;
            }
            for (String stem : stems.prefixesOf(part)) {
                if (part.length() - stem.length() >= MIN_PART) {
                    String rest = part.substring(stem.length());
                    todo.add(rest);
                    if (rest.charAt(0) == 's' && rest.length() > MIN_PART) {
                        todo.add(rest.substring(1)); // the linking s of "gezondheidsmarkt"
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    int size() {
        return words.size();
    }

    String word(int at) {
        return words.get(at);
    }

    List<String> parts(int at) {
        return parts.get(at);
    }
}
