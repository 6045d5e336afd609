package nl.bijeen.web.export;

import nl.bijeen.web.search.SearchRequest;

/** What an export is of, in words for its title: the words searched, and whether filters narrowed it. */
final class ExportTitle {

    private ExportTitle() {
    }

    /** "koffie", "koffie (met filters)", "uw selectie", or "" for everything upcoming. */
    static String of(SearchRequest asked) {
        String q = ExportSource.normalise(asked.q());
        if (!asked.hasExplicitFilters()) {
            return q;
        }
        return q.isEmpty() ? "uw selectie" : q + " (met filters)";
    }
}
