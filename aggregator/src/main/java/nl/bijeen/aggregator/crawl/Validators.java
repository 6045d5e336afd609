package nl.bijeen.aggregator.crawl;

import java.net.http.HttpHeaders;

/** HTTP cache validators of a fetched resource; either part is {@code null} when the server sent none. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public static Validators from(HttpHeaders headers) {
        return new Validators(headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
