package nl.bijeen.aggregator.demo;

import java.util.Locale;

/** The publication formats of the demo sites, with the connector that reads them and how they are served. */
public enum DemoFormat {
    ICAL("ical", "text/calendar; charset=utf-8"),
    RSS("feed", "application/rss+xml; charset=utf-8"),
    ATOM("feed", "application/atom+xml; charset=utf-8"),
    JSONLD("jsonld", "text/html; charset=utf-8");

    private final String connectorFormat;
    private final String contentType;

    DemoFormat(String connectorFormat, String contentType) {
        this.connectorFormat = connectorFormat;
        this.contentType = contentType;
    }

    /** The connector format name used as hint in a {@code SourceDefinition}. */
    public String connectorFormat() {
        return connectorFormat;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether a format can carry an activity without a fixed date (an agenda or calendar cannot). */
    public boolean carriesOngoing() {
        return this == RSS || this == ATOM;
    }

    static DemoFormat parse(String value) {
        for (DemoFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "' (use ical, rss, atom or jsonld)");
    }
}
