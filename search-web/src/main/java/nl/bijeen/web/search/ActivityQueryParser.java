package nl.bijeen.web.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.bijeen.web.index.DutchTextAnalyzer;
import nl.bijeen.web.index.IndexFields;

/**
 * Turns what someone typed into a query that never fails. Lucene's {@link SimpleQueryParser} is made for user input:
 * it has no syntax errors, only a few friendly operators ("quotes", -not, prefix*), and every word is required
 * (or, for the relaxed second try, any word will do).
 *
 * <p>Each word matches in three ways, best first: as itself (after synonyms, decompounding and stemming by the
 * query analyzer); as the start of a longer word (Dutch glues words together: "repair" finds "repaircafé"); and,
 * for words of five letters or more that (nearly) never occur in the index, with a typo or two ("koffieochent" finds
 * "koffieochtend"), with less weight so an exact match always ranks first.
 *
 * <p>Typo matching is the costly part on a large index (a Levenshtein automaton per word and field, walked over the
 * term dictionary), and for a word the index knows it only adds look-alikes ranked below the word itself. So it is
 * only tried for a word that is absent or rare, and only in the title and description, where typos are looked for.
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
    /**
     * A word as the start of a longer one is looked for where compounds are written: names ("Spinozahuis") and text.
     * Each field's prefix query collects the documents of every term that starts with the word; the theme and
     * audience labels are a short fixed list whose words the exact match (with synonyms) already covers.
     */
    private static final Map<String, Float> PREFIX_FIELDS = Map.of(IndexFields.TITLE, FIELDS.get(IndexFields.TITLE),
            IndexFields.DESCRIPTION, FIELDS.get(IndexFields.DESCRIPTION), IndexFields.PLACE,
            FIELDS.get(IndexFields.PLACE), IndexFields.ORGANISER, FIELDS.get(IndexFields.ORGANISER));
    private static final int MIN_FUZZY_LENGTH = 5;
    /** From this length a word may have two typos; shorter words one (two would make "tuin" find "thuis"). */
    private static final int TWO_EDITS_LENGTH = 8;
    private static final float FUZZY_WEIGHT = 0.2f;
    /** Typos are looked for in these fields only: the words someone remembers are the title's and description's. */
    private static final Map<String, Float> FUZZY_FIELDS = Map.of(IndexFields.TITLE, FIELDS.get(IndexFields.TITLE),
            IndexFields.DESCRIPTION, FIELDS.get(IndexFields.DESCRIPTION));
    /** People rarely get the first two letters wrong, and a longer common prefix keeps the term walk small. */
    private static final int FUZZY_PREFIX = 2;
    /** Enough look-alikes for a typo; each expansion is one more term to score for every search. */
    private static final int FUZZY_EXPANSIONS = 16;
    /**
     * A word in fewer than one in this many activities may well be a typo itself (a large index holds misspelt
     * publications too); on a small index this means: typos only for words the index does not have at all.
     */
    private static final int RARE_PER = 100_000;
    private static final float PARTS_WEIGHT = 0.7f;

    /** Parts of a compound that say nothing on their own ("seniorenactiviteiten" is about seniors). */
    private static final Set<String> EMPTY_PARTS = Set.of("activiteit", "activiteiten");

    private final Analyzer queryAnalyzer;
    private final DutchTextAnalyzer stemmer;

    /**
     * @param queryAnalyzer the analyzer with synonyms
     * @param indexAnalyzer the analyzer of the index, to stem a word before comparing it with typos allowed
     */
    ActivityQueryParser(Analyzer queryAnalyzer, DutchTextAnalyzer indexAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
        this.stemmer = indexAnalyzer;
    }

    /**
     * @param reader the index searched, to see which words it knows
     * @param typos  look for typos of every word, also of words the index knows: for a relaxed search, after the
     *               exact one found nothing. The index's word counts include deleted versions of activities, so
     *               a word can look known while no current activity has it (a merged title that changed).
     * @return the query for {@code text}; {@link MatchNoDocsQuery} when nothing searchable is left
     */
    Query parse(String text, boolean everyWord, IndexReader reader, boolean typos) {
        Parser parser = new Parser(everyWord ? Occur.MUST : Occur.SHOULD, reader, typos);
        parser.setDefaultOperator(everyWord ? Occur.MUST : Occur.SHOULD);
        Query query = parser.parse(text);
        return query == null ? new MatchNoDocsQuery("nothing searchable in the input") : query;
    }

    private final class Parser extends SimpleQueryParser {

        /** How the parts of a compound combine: all of them, or any for the relaxed query. */
        private final Occur parts;
        private final IndexReader reader;
        private final boolean typos;

        Parser(Occur parts, IndexReader reader, boolean typos) {
            super(queryAnalyzer, FIELDS);
            this.parts = parts;
            this.reader = reader;
            this.typos = typos;
        }

        @Override
        protected Query newDefaultQuery(String text) {
            Query word = super.newDefaultQuery(text);
            if (text.length() < MIN_PREFIX_LENGTH || word == null) {
                return word;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder()
                    .add(word, Occur.SHOULD)
                    .add(new BoostQuery(inFields(PREFIX_FIELDS,
                            f -> new PrefixQuery(new Term(f, getAnalyzer().normalize(f, text)))), PREFIX_WEIGHT),
                            Occur.SHOULD);
            List<String> terms = stemmer.parts(text);
            if (terms.isEmpty()) {
                return any.build();
            }
            if (text.length() >= MIN_FUZZY_LENGTH && (typos || rare(terms.getFirst()))) {
                int edits = text.length() >= TWO_EDITS_LENGTH ? 2 : 1;
                any.add(new BoostQuery(inFields(FUZZY_FIELDS, f -> new FuzzyQuery(new Term(f, terms.getFirst()),
                        edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true)), FUZZY_WEIGHT), Occur.SHOULD);
            }
            List<String> parts = terms.subList(1, terms.size()).stream().filter(p -> !EMPTY_PARTS.contains(p))
                    .toList();
            if (!parts.isEmpty() && stemmer.madeOfKnownParts(text)) {
                // A compound also matches where all its parts occur: "buurthuis" finds "buurt huis".
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                parts.forEach(p -> all.add(inFields(FIELDS, f -> new TermQuery(new Term(f, p))), this.parts));
                any.add(new BoostQuery(all.build(), PARTS_WEIGHT), Occur.SHOULD);
            }
            return any.build();
        }

        /** True when {@code term} occurs in (almost) no activity's text: then it may be misspelt. */
        private boolean rare(String term) {
            long found = 0;
            try {
                for (String field : FIELDS.keySet()) {
                    found += reader.docFreq(new Term(field, term));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Reading the index's terms failed", e);
            }
            return found * RARE_PER < Math.max(1, reader.maxDoc());
        }

        private static Query inFields(Map<String, Float> fields, java.util.function.Function<String, Query> query) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            fields.forEach((field, weight) -> any.add(new BoostQuery(query.apply(field), weight), Occur.SHOULD));
            return any.build();
        }
    }
}
