package nl.bijeen.web.owner;

import java.net.URI;

import nl.bijeen.web.support.AgendaApp;
import nl.bijeen.web.support.AgendaServer;

/**
 * A site owner's website on loopback: a home page announcing its iCal agenda ({@code link rel=alternate}), the
 * agenda itself with a coffee morning of its own title, and room for a robots.txt or a verification file. Each
 * site has a port of its own, so its feed is a different source from every other site's.
 */
final class OwnerSite implements AutoCloseable {

    final AgendaServer server = new AgendaServer();
    final String coffee;

    OwnerSite(String coffee) {
        this.coffee = coffee;
        server.publish(AgendaApp.FIXTURE, coffee);
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
