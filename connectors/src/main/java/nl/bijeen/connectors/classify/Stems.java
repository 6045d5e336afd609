package nl.bijeen.connectors.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The keyword stems a compound may start with, indexed by their first letters so that splitting a word looks at a
 * handful of stems instead of all of them.
 */
final class Stems {

    static final int MIN_LENGTH = 4;

    private final Map<String, List<String>> byStart;

    Stems(List<String> stems) {
        this.byStart = new HashMap<>(stems.stream()
                .filter(stem -> stem.length() >= MIN_LENGTH)
                .distinct()
                .collect(Collectors.groupingBy(stem -> stem.substring(0, MIN_LENGTH))));
    }

    /** The stems that {@code part} starts with. */
    List<String> prefixesOf(String part) {
        if (part.length() < MIN_LENGTH) {
            return List.of();
        }
        return byStart.getOrDefault(part.substring(0, MIN_LENGTH), List.of()).stream()
                .filter(part::startsWith).toList();
    }
}
