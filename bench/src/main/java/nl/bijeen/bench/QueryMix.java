package nl.bijeen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries residents type: the search-quality set of search-web (its "# ---" sections are the query classes),
 * plus what that set lacks for a load mix — the empty query (the front page lists what is upcoming), date words
 * alone and place names alone.
 */
record QueryMix(List<Query> queries) {

    /** One query and the class it is reported under. */
    record Query(String text, String kind) {
    }

    private static final List<Query> EXTRA = List.of(
            new Query("", "empty (upcoming)"), new Query("", "empty (upcoming)"), new Query("", "empty (upcoming)"),
            new Query("deze week", "date words"), new Query("vandaag", "date words"),
            new Query("dit weekend", "date words"), new Query("morgen", "date words"),
            new Query("koffie deze week", "date words"),
            new Query("Rijnsburg", "places as filters"), new Query("Katwijk Noord", "places as filters"),
            new Query("Valkenburg", "places as filters"), new Query("ouderen", "synonyms and audience words"),
            new Query("kinderen", "synonyms and audience words"));

    static QueryMix load(Path residentQueries) throws IOException {
        List<Query> queries = new ArrayList<>();
        String kind = "other";
        for (String line : Files.readAllLines(residentQueries)) {
            String s = line.strip();
            if (s.startsWith("# ---")) {
                kind = s.substring("# ---".length()).strip();
            } else if (!s.isEmpty() && !s.startsWith("#") && s.contains("=>")) {
                queries.add(new Query(s.substring(0, s.indexOf("=>")).strip(), kind));
            }
        }
        if (queries.size() < 50) {
            throw new IllegalStateException("expected at least 50 resident queries in " + residentQueries + ", found "
                    + queries.size());
        }
        queries.addAll(EXTRA);
        return new QueryMix(List.copyOf(queries));
    }

    List<String> kinds() {
        return queries.stream().map(Query::kind).distinct().toList();
    }
}
