package nl.bijeen.web.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import nl.bijeen.web.index.IndexFields;

/**
 * Turns what someone typed into a query that never fails. Lucene's {@link SimpleQueryParser} is made for user input:
 * it has no syntax errors, only a few friendly operators ("quotes", -not, prefix*), and we make every word required.
 *
 * <p>Dutch glues words together ("koffieochtend", "repaircafé"), so each word of four letters or more also matches
 * as the start of a longer word, with less weight than the word itself.
 */
final class ActivityQueryParser {

    private static final Map<String, Float> FIELDS = Map.of(
            IndexFields.TITLE, 3f,
            IndexFields.THEMES, 1.5f,
            IndexFields.DESCRIPTION, 1f,
            IndexFields.PLACE, 1f,
            IndexFields.ORGANISER, 1f,
            IndexFields.AUDIENCES, 1f);
    private static final int MIN_PREFIX_LENGTH = 4;
    private static final float PREFIX_WEIGHT = 0.3f;

    private final Analyzer analyzer;

    ActivityQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @return the query for {@code text}; {@link MatchNoDocsQuery} when nothing searchable is left */
    Query parse(String text) {
        Parser parser = new Parser(analyzer);
        parser.setDefaultOperator(Occur.MUST);
        Query query = parser.parse(text);
        return query == null ? new MatchNoDocsQuery("nothing searchable in the input") : query;
    }

    private static final class Parser extends SimpleQueryParser {

        Parser(Analyzer analyzer) {
            super(analyzer, FIELDS);
        }

        @Override
        protected Query newDefaultQuery(String text) {
            Query word = super.newDefaultQuery(text);
            if (text.length() < MIN_PREFIX_LENGTH || word == null) {
                return word;
            }
            Query start = super.newPrefixQuery(text);
            return new BooleanQuery.Builder()
                    .add(word, Occur.SHOULD)
                    .add(new BoostQuery(start, PREFIX_WEIGHT), Occur.SHOULD)
                    .build();
        }
    }
}
