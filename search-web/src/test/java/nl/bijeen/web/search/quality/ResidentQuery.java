package nl.bijeen.web.search.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One line of search-quality/resident-queries.txt: what a resident types and the demo activities that must be in the
 * top five, all of them or (with "any:") at least one.
 */
record ResidentQuery(String query, List<String> expectedIds, boolean anyOf, int line) {

    private static final String FILE = "/search-quality/resident-queries.txt";

    static List<ResidentQuery> load() {
        try (InputStream in = ResidentQuery.class.getResourceAsStream(FILE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> lines.get(i).contains("=>") && !lines.get(i).strip().startsWith("#"))
                    .mapToObj(i -> parse(lines.get(i), i + 1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResidentQuery parse(String line, int number) {
        String[] sides = line.split("=>", 2);
        String expected = sides[1].strip();
        boolean any = expected.startsWith("any:");
        List<String> ids = Arrays.stream(expected.replaceFirst("^any:", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ResidentQuery(sides[0].strip(), ids, any, number);
    }

    boolean passes(List<String> top5Ids) {
        return anyOf ? expectedIds.stream().anyMatch(top5Ids::contains) : top5Ids.containsAll(expectedIds);
    }
}
