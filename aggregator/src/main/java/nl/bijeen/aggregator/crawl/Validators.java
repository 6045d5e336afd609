package nl.bijeen.aggregator.crawl;

import java.net.http.HttpHeaders;

/** HTTP cache validators of a fetched resource; either part is {@code null} when the server sent none. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public static Validators from(HttpHeaders headers) {
        return new Validators(headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    /** The validators of an Apache HttpClient response. */
    public static Validators from(org.apache.hc.core5.http.MessageHeaders headers) {
        return new Validators(value(headers, "ETag"), value(headers, "Last-Modified"));
    }

    private static String value(org.apache.hc.core5.http.MessageHeaders headers, String name) {
        org.apache.hc.core5.http.Header header = headers.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
