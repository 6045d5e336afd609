package nl.bijeen.aggregator.source;

import java.util.ArrayList;
import java.util.List;

import nl.bijeen.connectors.classify.Taxonomy;

/**
 * Checks the default audiences and themes of every source against the taxonomy, when the aggregator starts. The
 * sources file is read before the taxonomy is at hand, so it only checks an id's shape; an id the taxonomy lacks
 * would otherwise be dropped silently by the classifier, and the operator would never learn of the typo.
 */
public final class SourceDefaultIds {

    /** The name under which problems are reported: where the operator fixes them. */
    static final String FILE = "sources.yml";

    private SourceDefaultIds() {
    }

    /** @throws SourcesFileException naming each source, key and unknown id, with the ids that are allowed */
    public static void check(List<SourceDefinition> sources, Taxonomy taxonomy) {
        List<String> problems = new ArrayList<>();
        List<String> audiences = ids(taxonomy.audiences());
        List<String> themes = ids(taxonomy.themes());
        for (SourceDefinition source : sources) {
            unknown(source, "audiences", source.defaultAudiences(), audiences, problems);
            unknown(source, "themes", source.defaultThemes(), themes, problems);
        }
        if (!problems.isEmpty()) {
            throw new SourcesFileException(FILE, problems);
        }
    }

    private static void unknown(SourceDefinition source, String key, List<String> given, List<String> allowed,
                                List<String> problems) {
        for (String id : given) {
            if (!allowed.contains(id)) {
                problems.add("source '" + source.id() + "': " + key + " '" + id + "' is not in taxonomy.yml;"
                        + " allowed are: " + String.join(", ", allowed));
            }
        }
    }

    private static List<String> ids(List<Taxonomy.Entry> entries) {
        return entries.stream().map(Taxonomy.Entry::id).toList();
    }
}
