package nl.bijeen.web.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Dutch writes a stem with s or f at the end of a word and z or v before an ending: "lees" / "lezen",
 * "voorleesuurtje" / "voorlezen", "leef" / "leven". The Snowball stemmer leaves "lez" and "lev", so the forms never
 * meet. This filter, after the stemmer, turns a final z into s and a final v into f (as the Kraaij-Pohlmann
 * stemmer does), so "voorlezen" finds "Voorleesuurtje".
 */
final class DutchConsonantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchConsonantFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int last = term.length() - 1;
        // Only stems of some length: "z" or "ev" on their own are no stems worth changing.
        if (!keyword.isKeyword() && last >= 2) {
            char c = term.charAt(last);
            if (c == 'z') {
                term.buffer()[last] = 's';
            } else if (c == 'v') {
                term.buffer()[last] = 'f';
            }
        }
        return true;
    }
}
