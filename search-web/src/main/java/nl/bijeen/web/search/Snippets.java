package nl.bijeen.web.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import nl.bijeen.web.index.IndexFields;

/**
 * Short pieces of each result's description with the searched words in {@code <mark>}. The highlighter re-analyses
 * the stored description with the index analyzer, so stems, decompounded parts, prefixes and typo matches light up
 * just as they matched. Everything else is HTML-escaped by the formatter: a snippet is safe to put in a page as is.
 */
final class Snippets {

    private static final int PASSAGES = 2;
    private static final int MAX_CHARS = 240;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param query the text query only (filters have nothing to light up)
     * @param docs  the page of results, in order
     * @return per Lucene doc id, the snippet; the start of the description when no word matched in it
     */
    Map<Integer, String> of(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        Map<Integer, String> byDoc = new HashMap<>();
        if (docs.length == 0) {
            return byDoc;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(false)
                .withMaxLength(10_000)
                .build();
        TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        String[] snippets = highlighter.highlight(IndexFields.DESCRIPTION, query, page, PASSAGES);
        for (int i = 0; i < docs.length; i++) {
            if (snippets[i] != null) {
                byDoc.put(docs[i].doc, shorten(snippets[i]));
            }
        }
        return byDoc;
    }

    /** Two long sentences are too much for a result list; cut at a word, never inside a tag or an entity. */
    private static String shorten(String snippet) {
        if (snippet.length() <= MAX_CHARS) {
            return snippet;
        }
        int cut = snippet.lastIndexOf(' ', MAX_CHARS);
        if (cut < MAX_CHARS / 2) {
            cut = MAX_CHARS;
        }
        String head = snippet.substring(0, cut);
        int open = head.lastIndexOf('<');
        if (open > head.lastIndexOf('>')) {
            head = head.substring(0, open);
        }
        int amp = head.lastIndexOf('&');
        if (amp > head.lastIndexOf(';')) {
            head = head.substring(0, amp);
        }
        if (head.lastIndexOf("<mark>") > head.lastIndexOf("</mark>")) {
            head += "</mark>";
        }
        return head.strip() + " …";
    }
}
