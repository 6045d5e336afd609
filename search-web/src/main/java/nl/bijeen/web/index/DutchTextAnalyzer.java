package nl.bijeen.web.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Analyzer for Dutch activity texts, used when indexing and (with synonyms, see {@link #forQueries}) when searching.
 *
 * <p>Lucene's own {@link DutchAnalyzer} keeps diacritics, so "café" would not find "cafe" and "reünie" would not find
 * "reunie" — people type both. The chain, in this order and why:
 * <ol>
 *   <li>lower case;</li>
 *   <li>Dutch stop words — before folding, because the stop list is spelled with diacritics;</li>
 *   <li>ASCII folding: "Digicafé" is found by "digicafe";</li>
 *   <li>query side only: synonyms from the taxonomy ("ouderen" = "senioren") and for newcomers' English words,
 *       applied to whole (folded, unstemmed) words, which is how the synonym lists are written;</li>
 *   <li>decompounding: a long word is also indexed under the known parts inside it ({@link CompoundParts}), so
 *       "seniorenactiviteiten" meets "activiteit voor senioren" and "buurthuis" meets "buurt huis". The parts sit at
 *       the same position as the whole word, so phrases and the AND of words keep working;</li>
 *   <li>Dutch Snowball stemming, last, so whole words and parts alike meet their other forms
 *       ("koffieochtenden" and "koffieochtend"), followed by {@link DutchConsonantFilter} so "lezen" meets
 *       "lees".</li>
 * </ol>
 * {@link #normalize} applies the same lowercasing and folding to prefix and fuzzy queries.
 */
public final class DutchTextAnalyzer extends Analyzer {

    /** Words shorter than this are not split: short words are rarely compounds. */
    private static final int MIN_WORD = 7;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 15;

    private final SynonymMap synonyms;
    private final boolean decompound;

    /** The index-time analyzer: no synonyms, so the index does not need rebuilding when the taxonomy changes. */
    public DutchTextAnalyzer() {
        this(null, true);
    }

    private DutchTextAnalyzer(SynonymMap synonyms, boolean decompound) {
        this.synonyms = synonyms;
        this.decompound = decompound;
    }

    /**
     * The query-time analyzer: the same chain plus {@code synonyms}, but without decompounding. A query word's parts
     * at the same position would become alternatives ("repaircafe" would find every "cafe"); the query parser asks
     * for all parts of a compound together instead, using {@link #parts}.
     */
    public static DutchTextAnalyzer forQueries(SynonymMap synonyms) {
        return new DutchTextAnalyzer(synonyms == null || synonyms.fst == null ? null : synonyms, false);
    }

    /**
     * The index terms of one word: first the word itself (folded, stemmed), then the stems of the known parts inside
     * it; empty for a stop word.
     */
    public List<String> parts(String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a word in memory cannot fail", e);
        }
        return terms;
    }

    /** True when {@code word} is made of known parts only, so finding all its parts is finding the word. */
    public boolean madeOfKnownParts(String word) {
        String folded = normalize("", word).utf8ToString();
        return folded.length() >= MIN_WORD && CompoundParts.covers(folded);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        if (decompound) {
            stream = new DictionaryCompoundWordTokenFilter(stream, CompoundParts.get(), MIN_WORD, MIN_PART, MAX_PART,
                    false);
        }
        stream = new SnowballFilter(stream, new DutchStemmer());
        stream = new DutchConsonantFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
