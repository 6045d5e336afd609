package nl.bijeen.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.web.index.ActivityDocuments;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.DutchTextAnalyzer;
import nl.bijeen.web.index.IndexFields;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.search.SearchResult.Relaxation;

/**
 * Searches upcoming activities: those with a date from the start of today on, and ongoing offers without a fixed
 * date. Cancelled activities are found too (the page marks them), so nobody goes looking for them elsewhere.
 *
 * <p>Place, audience, theme and date words in the query become filters ({@link QueryUnderstanding}); the rest is
 * text. A query that finds nothing is tried again with any word instead of every word, then with everything the
 * filters allow (the words only rank), then without the filters, and the result says so
 * ({@link SearchResult#relaxed()}). Filters before words: a place or a day someone names is a firmer wish than a
 * loose word like "gezelligs".
 */
public final class ActivitySearch {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitySearch.class);
    /** Nobody pages this deep; the bound keeps one request from ranking the whole index. */
    public static final int MAX_OFFSET = 10_000;

    private final ActivityIndex index;
    private final ActivityQueryParser parser;
    private final QueryUnderstanding understanding;
    private final QueryVocabulary vocabulary;
    private final FacetLabels labels;
    private final FacetOrdinals.Cache ordinals = new FacetOrdinals.Cache(FacetCounts.FIELDS);
    private final PostcodeLocator postcodes;
    private final Snippets snippets;
    private final Suggestions suggestions;

    /** Search without a taxonomy or wijken: only date words are read as filters. */
    public ActivitySearch(ActivityIndex index) {
        this(index, null, QueryVocabulary.empty());
    }

    public ActivitySearch(ActivityIndex index, Taxonomy taxonomy, QueryVocabulary vocabulary) {
        this(index, taxonomy, vocabulary, PostcodeLocator.none());
    }

    /**
     * @param postcodes asked first for a postcode in a "near" search (the geocode cache, PDOK when geocoding is
     *                  on); a table derived from the places in the index answers when it does not know
     */
    public ActivitySearch(ActivityIndex index, Taxonomy taxonomy, QueryVocabulary vocabulary,
                          PostcodeLocator postcodes) {
        this.index = index;
        this.parser = new ActivityQueryParser(
                DutchTextAnalyzer.forQueries(TaxonomySynonyms.build(taxonomy)), index.analyzer());
        this.understanding = new QueryUnderstanding(vocabulary);
        this.vocabulary = vocabulary;
        this.labels = new FacetLabels(taxonomy, vocabulary);
        this.postcodes = postcodes.orElse(new IndexPostcodes(index));
        this.snippets = new Snippets(index.analyzer());
        this.suggestions = new Suggestions(index, vocabulary, taxonomy);
    }

    /** The first {@code limit} results; see {@link #search(String, int, int)}. */
    public SearchResult search(String q, int limit) {
        return search(q, 0, limit);
    }

    /**
     * Text only, without facets and snippets (what exports need: many results, cheaply).
     *
     * @param q      what was typed; blank lists everything upcoming, soonest first; otherwise best match first
     * @param offset how many results to skip (for further pages), 0 to {@link #MAX_OFFSET}
     * @param limit  how many activities to return at most (at least 1)
     */
    public SearchResult search(String q, int offset, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be from 0 to " + MAX_OFFSET + ", was " + offset);
        }
        return list(SearchRequest.builder().q(q).offset(offset).limit(Math.min(limit, SearchRequest.MAX_LIMIT))
                .build());
    }

    /**
     * The same search as {@link #search(SearchRequest)} (text, filters, near, sort, paging) without facets, snippets
     * and distances: for exports, which want many results and show none of those.
     *
     * @throws InvalidSearchException when a postcode is not known (the message says so in Dutch)
     */
    public SearchResult list(SearchRequest request) {
        return execute(request, false);
    }

    /**
     * The full search: text, explicit filters, near, sort and paging, with facet counts over all results, a
     * highlighted snippet per result and, for a near search, each result's distance.
     *
     * @throws InvalidSearchException when a postcode is not known (the message says so in Dutch)
     */
    public SearchResult search(SearchRequest request) {
        return execute(request, true);
    }

    /**
     * Autocomplete: wijk and theme names, titles of upcoming activities and organiser names in which a word
     * starts with what was typed. Wijken and themes first: choosing one becomes a filter.
     *
     * @param prefix at least 2 letters or digits, else nothing is suggested
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        try {
            return suggestions.suggest(prefix, limit, index.startOfToday());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading suggestions from the index failed", e);
        }
    }

    /** One activity by its id, with only its upcoming dates; empty when it is not (or no longer) in the index. */
    public java.util.Optional<IndexedActivity> activity(long id) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, Long.toString(id))), 1);
                if (top.scoreDocs.length == 0) {
                    return java.util.Optional.empty();
                }
                Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
                return java.util.Optional.of(withoutPastDates(ActivityDocuments.fromDocument(doc),
                        index.startOfToday()));
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an activity from the index failed", e);
        }
    }

    /** The wijk's name for its CBS code (the code when unknown). */
    public String wijkName(String code) {
        return vocabulary.wijkName(code);
    }

    private SearchResult execute(SearchRequest request, boolean details) {
        String query = request.q();
        QueryUnderstanding.Understood understood = understanding.understand(query, index.today(), index.zone());
        GeoPoint near = resolve(request.near());
        boolean anyFilter = !understood.filters().isEmpty() || request.hasExplicitFilters();
        boolean words = !understood.text().isBlank();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                SearchPass run = new SearchPass(tools(), searcher, request, understood, near, index.startOfToday(),
                        details);
                SearchResult result = run.with(Relaxation.NONE);
                if (result.total() == 0 && words) {
                    result = run.with(Relaxation.ANY_WORD);
                }
                if (result.total() == 0 && anyFilter && words) {
                    result = run.with(Relaxation.WORDS_OPTIONAL);
                }
                if (result.total() == 0 && !understood.filters().isEmpty()) {
                    result = run.with(Relaxation.WITHOUT_FILTERS);
                }
                LOG.debug("Search [{}] as [{}] {} ({}) found {}", query, understood.text(), understood.filters(),
                        result.relaxed(), result.total());
                return result;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index failed", e);
        }
    }

    private SearchPass.Tools tools() {
        return new SearchPass.Tools(parser, labels, ordinals, snippets, index.today(), index.zone());
    }

    private GeoPoint resolve(SearchRequest.Near near) {
        if (near == null) {
            return null;
        }
        if (near.latitude() != null) {
            return new GeoPoint(near.latitude(), near.longitude(), GeoPoint.Precision.SOURCE);
        }
        String postcode = Postcode.parse(near.postcode()).orElseThrow();
        return postcodes.locate(postcode)
                .or(() -> postcode.length() > 4 ? postcodes.locate(Postcode.digits(postcode)) : java.util.Optional.empty())
                .orElseThrow(() -> new InvalidSearchException("postcode", "De postcode " + postcode
                        + " kennen we niet. Probeer alleen de vier cijfers, of zoek met uw locatie."));
    }

    /** Stored dates are "upcoming" as of indexing; drop the ones that have passed since. */
    private static IndexedActivity withoutPastDates(IndexedActivity a, Instant today) {
        return SearchPass.withoutPastDates(a, today);
    }
}
