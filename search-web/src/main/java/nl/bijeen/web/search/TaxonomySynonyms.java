package nl.bijeen.web.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

import nl.bijeen.connectors.classify.Taxonomy;

/**
 * The synonyms a query is expanded with: every one-word keyword of a taxonomy audience finds the others ("ouderen",
 * "senioren", "bejaard", "plussers"), because those are different words for the same people; plus the hand-made
 * list synonyms.txt (English words of newcomers). Themes are left out on purpose: their keywords are related things
 * ("koffie", "bingo"), not synonyms, and would make every word find everything of its theme.
 */
final class TaxonomySynonyms {

    private static final String RESOURCE = "synonyms.txt";

    private TaxonomySynonyms() {
    }

    static SynonymMap build(Taxonomy taxonomy) {
        try (Analyzer words = new FoldingAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            try (InputStream in = TaxonomySynonyms.class.getResourceAsStream(RESOURCE)) {
                parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (taxonomy != null) {
                taxonomy.audiences().forEach(e -> addGroup(parser, audienceWords(e)));
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Bad synonym in " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static List<String> audienceWords(Taxonomy.Entry e) {
        return e.keywords().stream().filter(k -> k.matches("=?[a-z]{4,}")).map(k -> k.replace("=", ""))
                .distinct().toList();
    }

    private static void addGroup(SynonymMap.Builder builder, List<String> group) {
        for (String a : group) {
            for (String b : group) {
                if (!a.equals(b)) {
                    builder.add(new CharsRef(a), new CharsRef(b), true);
                }
            }
        }
    }

    /** Same lowercasing and folding as the query analyzer before its synonym step. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    }
}
