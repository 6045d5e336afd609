package nl.bijeen.web.organisation.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

import nl.bijeen.web.organisation.index.OrganisationFields;

/**
 * What someone typed as a query that never fails ({@link SimpleQueryParser}: no syntax errors). Each word matches as
 * itself (analysed as the index is), as the start of a longer name ("welzijn" finds "Welzijnskwartier") and, from
 * five letters, with a typo ("bibliotheeek"); the latter two weigh less, so the exact word ranks first. A directory
 * is small, so typos are tried for every word, not only for rare ones as in the activity search.
 */
final class TextQuery {

    private static final Map<String, Float> FIELDS = Map.of(
            OrganisationFields.NAME, 3f, OrganisationFields.OTHER_NAMES, 2f, OrganisationFields.DESCRIPTION, 1f);
    /** Names are where people type the start of a word; descriptions are long enough to be found whole. */
    private static final Map<String, Float> PREFIX_FIELDS = Map.of(
            OrganisationFields.NAME, 3f, OrganisationFields.OTHER_NAMES, 2f);
    private static final int MIN_PREFIX_LENGTH = 3;
    private static final float PREFIX_WEIGHT = 0.4f;
    private static final int MIN_FUZZY_LENGTH = 5;
    /** From this length two typos; shorter words one (two would make "kerk" find "werk"). */
    private static final int TWO_EDITS_LENGTH = 8;
    private static final float FUZZY_WEIGHT = 0.2f;

    private final Analyzer analyzer;

    TextQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @param everyWord all words must match; false for the relaxed second try, where any word will do */
    Query parse(String text, boolean everyWord) {
        Parser parser = new Parser(analyzer);
        parser.setDefaultOperator(everyWord ? Occur.MUST : Occur.SHOULD);
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
            if (word == null || text.length() < MIN_PREFIX_LENGTH) {
                return word;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder().add(word, Occur.SHOULD);
            for (Map.Entry<String, Float> f : PREFIX_FIELDS.entrySet()) {
                Term start = new Term(f.getKey(), getAnalyzer().normalize(f.getKey(), text));
                any.add(new BoostQuery(new PrefixQuery(start), f.getValue() * PREFIX_WEIGHT), Occur.SHOULD);
            }
            if (text.length() >= MIN_FUZZY_LENGTH) {
                int edits = text.length() >= TWO_EDITS_LENGTH ? 2 : 1;
                for (Map.Entry<String, Float> f : FIELDS.entrySet()) {
                    Term typed = new Term(f.getKey(), getAnalyzer().normalize(f.getKey(), text));
                    any.add(new BoostQuery(new FuzzyQuery(typed, edits, 1), f.getValue() * FUZZY_WEIGHT),
                            Occur.SHOULD);
                }
            }
            return any.build();
        }
    }
}
