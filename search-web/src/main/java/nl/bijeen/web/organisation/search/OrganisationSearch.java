package nl.bijeen.web.organisation.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.web.organisation.index.OrganisationDocuments;
import nl.bijeen.web.organisation.index.OrganisationFields;
import nl.bijeen.web.organisation.index.OrganisationIndex;

/**
 * Searches the organisation directory: words (with prefixes and typos, {@link TextQuery}), filters per dimension,
 * paging, sorting by relevance or name, and facet counts. Words that together find nothing are tried again with any
 * of them ({@link OrganisationResults#relaxed()}). The pages, the JSON API and the exports all search here.
 */
public final class OrganisationSearch {

    private static final Sort BY_NAME = new Sort(new SortField(OrganisationFields.NAME_SORT, SortField.Type.STRING),
            SortField.FIELD_DOC);

    private final OrganisationIndex index;
    private final TextQuery text;
    private final OrganisationLabels labels;

    public OrganisationSearch(OrganisationIndex index, OrganisationLabels labels) {
        this.index = index;
        this.text = new TextQuery(index.analyzer());
        this.labels = labels;
    }

    public OrganisationLabels labels() {
        return labels;
    }

    public OrganisationResults search(OrganisationQuery query) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                OrganisationResults found = run(searcher, query, true);
                if (found.total() == 0 && !query.text().isEmpty()) {
                    found = run(searcher, query, false);
                }
                return found;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the organisation index failed", e);
        }
    }

    private OrganisationResults run(IndexSearcher searcher, OrganisationQuery query, boolean everyWord)
            throws IOException {
        Query words = query.text().isEmpty() ? new MatchAllDocsQuery() : text.parse(query.text(), everyWord);
        Query all = filtered(words, query, null);
        long total = searcher.count(all);
        int wanted = query.offset() + query.limit();
        TopDocs top = query.effectiveSort() == OrganisationQuery.Sort.NAME
                ? searcher.search(all, wanted, BY_NAME) : searcher.search(all, wanted);
        List<StoredOrganisation> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = query.offset(); i < docs.length; i++) {
            hits.add(OrganisationDocuments.fromDocument(stored.document(docs[i].doc)));
        }
        return new OrganisationResults(total, hits, facets(searcher, words, query), !everyWord);
    }

    /** Counts each dimension over the matches, ignoring the choices in that dimension itself (drill sideways). */
    private OrganisationFacets facets(IndexSearcher searcher, Query words, OrganisationQuery query)
            throws IOException {
        Map<Dimension, List<OrganisationFacets.Count>> counted = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Map<String, Long> counts = FacetCounter.count(searcher, filtered(words, query, d), d.facetField());
            counted.put(d, counts.entrySet().stream()
                    .map(e -> new OrganisationFacets.Count(e.getKey(), labels.label(d, e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingLong(OrganisationFacets.Count::count).reversed()
                            .thenComparing(OrganisationFacets.Count::label, String.CASE_INSENSITIVE_ORDER))
                    .toList());
        }
        return new OrganisationFacets(counted.get(Dimension.THEME), counted.get(Dimension.AUDIENCE),
                counted.get(Dimension.WIJK), counted.get(Dimension.KIND));
    }

    /** The words, and per dimension (except {@code leftOut}) any of its chosen values. */
    private static Query filtered(Query words, OrganisationQuery query, Dimension leftOut) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(words, Occur.MUST);
        for (Dimension d : Dimension.values()) {
            List<String> chosen = d.chosen(query);
            if (d == leftOut || chosen.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            chosen.forEach(v -> any.add(new TermQuery(new Term(d.field(), v)), Occur.SHOULD));
            all.add(any.build(), Occur.FILTER);
        }
        return all.build();
    }
}
