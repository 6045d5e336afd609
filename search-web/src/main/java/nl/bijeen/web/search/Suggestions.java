package nl.bijeen.web.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFields;
import nl.bijeen.web.index.SuggestKeys;

/**
 * Autocomplete from the vocabulary (wijk and theme names, small and in memory) and from the index's suggest keys
 * (titles and organisers), by a prefix seek in the terms dictionary. A key only counts while an upcoming activity
 * carries it, so a finished course is not suggested.
 */
final class Suggestions {

    static final int MIN_PREFIX = 2;
    /** Keys looked at per request at most: bounds the work for a one-letter-like prefix over a large index. */
    private static final int MAX_KEYS = 400;

    private record Named(String normalised, Suggestion suggestion) {
    }

    private final ActivityIndex index;
    private final List<Named> vocabulary = new ArrayList<>();

    Suggestions(ActivityIndex index, QueryVocabulary words, Taxonomy taxonomy) {
        this.index = index;
        words.wijken().forEach((code, name) -> vocabulary.add(named(name, "wijk", code)));
        if (taxonomy != null) {
            taxonomy.themes().forEach(t -> vocabulary.add(named(t.label(), "thema", t.id())));
        }
        vocabulary.sort((a, b) -> a.suggestion().text().compareToIgnoreCase(b.suggestion().text()));
    }

    private static Named named(String text, String type, String value) {
        return new Named(SuggestKeys.normalise(text), new Suggestion(text, type, value));
    }

    List<Suggestion> suggest(String typed, int limit, Instant today) throws IOException {
        String prefix = typed == null ? "" : SuggestKeys.normalise(typed);
        List<Suggestion> out = new ArrayList<>();
        if (prefix.length() < MIN_PREFIX) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Named n : vocabulary) {
            if (startsAnyWord(n.normalised(), prefix) && seen.add(key(n.suggestion().text())) && out.size() < limit) {
                out.add(n.suggestion());
            }
        }
        IndexSearcher searcher = index.acquire();
        try {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.SUGGEST);
            if (terms == null) {
                return out;
            }
            TermsEnum e = terms.iterator();
            BytesRef start = new BytesRef(prefix);
            if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
                return out;
            }
            int looked = 0;
            for (BytesRef t = e.term(); t != null && out.size() < limit && looked < MAX_KEYS; t = e.next(), looked++) {
                if (!StringHelper.startsWith(t, start)) {
                    break;
                }
                String[] parts = t.utf8ToString().split(String.valueOf(SuggestKeys.SEP), 3);
                if (parts.length == 3 && !seen.contains(key(parts[1])) && upcoming(searcher, t, today)) {
                    seen.add(key(parts[1]));
                    out.add(new Suggestion(parts[1], parts[2], null));
                }
            }
            return out;
        } finally {
            index.release(searcher);
        }
    }

    private static boolean startsAnyWord(String normalised, String prefix) {
        return normalised.startsWith(prefix) || normalised.contains(" " + prefix);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean upcoming(IndexSearcher searcher, BytesRef key, Instant today) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.SUGGEST, BytesRef.deepCopyOf(key))), Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(LongPoint.newRangeQuery(IndexFields.START, today.toEpochMilli(), Long.MAX_VALUE),
                                Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexFields.DATED, "no")), Occur.SHOULD)
                        .build(), Occur.FILTER)
                .build();
        return searcher.count(q) > 0;
    }

}
