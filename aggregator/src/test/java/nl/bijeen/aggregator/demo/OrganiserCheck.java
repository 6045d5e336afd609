package nl.bijeen.aggregator.demo;

import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.Organiser;

/**
 * Compares the organisations a connector read with the ground truth, as far as each format carries them: iCal a
 * name and e-mail (a website only without e-mail), RSS a name (the channel its publisher's e-mail and the site's
 * address), Atom a name (with website and e-mail when the entry has its own author), JSON-LD and the recipe pages
 * name, website and e-mail.
 */
record OrganiserCheck(DemoSite site, URI base, Consumer<String> problems) {

    void organiser(String ref, DemoOrganiser expected, Organiser read) {
        if (read == null) {
            problems.accept(ref + ": no organiser, expected '" + expected.name() + "'");
            return;
        }
        same(ref + ": organiser name", expected.name(), read.name());
        boolean atomAuthor = site.format() == DemoFormat.ATOM && !expected.name().equals(site.organisation().name());
        switch (site.format()) {
            case ICAL -> {
                same(ref + ": organiser e-mail", expected.email(), read.email());
                same(ref + ": organiser website", expected.email() == null ? expected.url() : null, read.url());
            }
            case RSS -> same(ref + ": organiser e-mail (RSS has none)", null, read.email());
            case ATOM -> {
                same(ref + ": organiser e-mail", atomAuthor ? expected.email() : null, read.email());
                same(ref + ": organiser website", atomAuthor ? expected.url() : null, read.url());
            }
            case JSONLD, RECIPE_BUURTHUIS, RECIPE_BIBLIOTHEEK -> {
                same(ref + ": organiser e-mail", expected.email(), read.email());
                same(ref + ": organiser website", expected.url(), read.url());
            }
        }
    }

    void publisher(Organiser read) {
        DemoOrganiser expected = site.organisation();
        if (read == null) {
            problems.accept("no publisher, expected '" + expected.name() + "'");
            return;
        }
        same("publisher name", expected.name(), read.name());
        same("publisher e-mail", expected.email(), read.email());
        String url = site.format() == DemoFormat.RSS ? base.resolve(site.homePath()).toString()
                : site.format() == DemoFormat.ICAL ? null : expected.url();
        same("publisher website", url, read.url());
    }

    private void same(String what, String expected, String read) {
        if (!Objects.equals(expected, read)) {
            problems.accept(what + " '" + read + "', expected '" + expected + "'");
        }
    }
}
