package nl.bijeen.web.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Analyzer for Dutch activity texts, used both when indexing and when parsing queries.
 *
 * <p>Lucene's own {@link DutchAnalyzer} keeps diacritics, so "café" would not find "cafe" and "reünie" would not find
 * "reunie" — people type both. This chain lowercases, drops Dutch stop words (before folding, because the stop list
 * is spelled with diacritics), folds to ASCII and then stems with the Dutch Snowball stemmer, so "koffieochtenden"
 * and "koffieochtend" meet. {@link #normalize} applies the same lowercasing and folding to prefix queries.
 */
public final class DutchTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
        stream = new ASCIIFoldingFilter(stream);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
