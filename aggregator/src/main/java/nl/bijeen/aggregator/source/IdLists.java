package nl.bijeen.aggregator.source;

import java.util.Arrays;
import java.util.List;

/** Taxonomy id lists in one column: joined by ',' (ids are lowercase letters, digits and '-'), NULL when empty. */
final class IdLists {

    private IdLists() {
    }

    static String join(List<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(","));
    }
}
