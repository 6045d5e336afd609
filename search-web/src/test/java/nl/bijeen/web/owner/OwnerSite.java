package nl.bijeen.web.owner;

import java.net.URI;

import nl.bijeen.web.support.AgendaServer;

/**
 * A site owner's website on loopback: a home page announcing its iCal agenda ({@code link rel=alternate}), the
 * agenda itself ({@value #FIXTURE}: three activities, the first with a title of the test's choosing, none like the
 * configured agenda's, so nothing merges with it), and room for a robots.txt or a verification file. Each site has
 * a port of its own, so its feed is a different source from every other site's.
 */
final class OwnerSite implements AutoCloseable {

    static final String FIXTURE = "ical/eigen-site-agenda.ics";

    final AgendaServer server = new AgendaServer();
    final String coffee;

    /**
     * The same agenda with its own activity four days later, so it never looks like (and merges with) the first
     * activity of another site in the same test class.
     */
    static final String LATER = "ical/eigen-site-agenda-later.ics";

    OwnerSite(String coffee) {
        this(coffee, FIXTURE);
    }

    OwnerSite(String coffee, String fixture) {
        this.coffee = coffee;
        server.publish(fixture, coffee);
        home("");
    }

    /** The home page, with {@code head} added to its head (a verification meta tag). */
    void home(String head) {
        server.serve("/", "text/html; charset=utf-8", """
                <!DOCTYPE html><html lang="nl"><head><title>Buurthuis</title>
                <link rel="alternate" type="text/calendar" title="Onze agenda" href="/agenda.ics">%s</head>
                <body><h1>Welkom bij het buurthuis</h1></body></html>""".formatted(head));
    }

    URI home() {
        return server.uri("/");
    }

    URI feed() {
        return server.agendaUri();
    }

    @Override
    public void close() {
        server.close();
    }
}
