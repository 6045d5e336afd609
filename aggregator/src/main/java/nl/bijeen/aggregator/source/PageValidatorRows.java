package nl.bijeen.aggregator.source;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page_validator} table: the further pages of a source's last stored crawl. Only ever written in the
 * transaction that stores that crawl's items (see {@link SourceRepository#recordSuccess}), so the pages and the
 * source's own validators never describe two different crawls.
 */
final class PageValidatorRows {

    private static final int MAX_URL = 2000;
    private static final int MAX_ETAG = 1000;
    private static final int MAX_LAST_MODIFIED = 100;

    private PageValidatorRows() {
    }

    static List<LoadedPage> read(Connection connection, String sourceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT page_url, etag, last_modified FROM page_validator WHERE source_id = ? ORDER BY page_no")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                List<LoadedPage> pages = new ArrayList<>();
                while (rs.next()) {
                    pages.add(page(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                return pages;
            }
        }
    }

    static void replace(Connection connection, String sourceId, List<LoadedPage> pages) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM page_validator WHERE source_id = ?")) {
            delete.setString(1, sourceId);
            delete.executeUpdate();
        }
        if (pages.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO page_validator (source_id, page_no, page_url, etag, last_modified) VALUES (?, ?, ?, ?, ?)")) {
            int pageNo = 0;
            for (LoadedPage page : pages) {
                String url = page.url().toString();
                // a value that does not fit is not cut (a cut one would ask the wrong question): the page is kept
                // without validators instead, which simply makes the next crawl a full one
                boolean fits = url.length() <= MAX_URL && fits(page.etag(), MAX_ETAG)
                        && fits(page.lastModified(), MAX_LAST_MODIFIED);
                insert.setString(1, sourceId);
                insert.setInt(2, ++pageNo);
                insert.setString(3, url.length() <= MAX_URL ? url : url.substring(0, MAX_URL));
                insert.setString(4, fits ? page.etag() : null);
                insert.setString(5, fits ? page.lastModified() : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A stored page; a URL that was stored cut (it did not fit) has no validators and is never asked for. */
    private static LoadedPage page(String url, String etag, String lastModified) {
        try {
            return new LoadedPage(URI.create(url), etag, lastModified);
        } catch (IllegalArgumentException e) {
            return LoadedPage.unread(URI.create("about:blank"));
        }
    }

    private static boolean fits(String value, int max) {
        return value == null || value.length() <= max;
    }
}
