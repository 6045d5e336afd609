package nl.bijeen.connectors.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The audiences and themes Bijeen labels activities with, as read from {@code config/taxonomy.yml}.
 *
 * @param negations words that cancel a keyword shortly after them ("geen kinderen")
 * @param audiences for whom, in file order
 * @param themes    about what, in file order
 */
public record Taxonomy(List<String> negations, List<Entry> audiences, List<Entry> themes) {

    /**
     * One audience or theme.
     *
     * @param id       stable id used by the index, facets and links
     * @param label    Dutch name shown to visitors
     * @param keywords words, stems and phrases in the syntax described in taxonomy.yml
     * @param not      phrases that must not count for this entry
     */
    public record Entry(String id, String label, List<String> keywords, List<String> not) {
        public Entry {
            keywords = List.copyOf(keywords);
            not = not == null ? List.of() : List.copyOf(not);
        }
    }

    public Taxonomy {
        negations = negations == null ? List.of() : List.copyOf(negations);
        audiences = List.copyOf(audiences);
        themes = List.copyOf(themes);
    }

    /** Reads and validates a taxonomy file; throws {@link TaxonomyException} naming the bad entry and key. */
    public static Taxonomy load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new TaxonomyException("cannot read the taxonomy " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and validates a taxonomy; {@code name} is used in error messages. */
    public static Taxonomy read(InputStream yaml, String name) {
        return new TaxonomyReader(name).read(yaml);
    }

    public Optional<Entry> audience(String id) {
        return audiences.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Entry> theme(String id) {
        return themes.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    Stream<Entry> entries() {
        return Stream.concat(audiences.stream(), themes.stream());
    }
}
