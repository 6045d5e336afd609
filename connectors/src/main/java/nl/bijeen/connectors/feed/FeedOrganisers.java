package nl.bijeen.connectors.feed;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.Links;
import nl.bijeen.connectors.text.OrganisationNames;

/**
 * Who publishes a feed and who organises its items.
 * <ul>
 * <li>Publisher of an Atom feed: its author (name, uri, email), else its title; of an RSS channel: its title without
 *     an agenda-ish suffix ("Welzijn Kust en Rijn - Agenda"), link, and the e-mail of managingEditor or webMaster.
 *     Both: description or subtitle, and the image, logo or icon as logo.</li>
 * <li>Organiser of an item: ev:organizer whenever it is there (a field meant for it). An Atom entry author or an
 *     RSS author / dc:creator only when it reads as an organisation ({@link OrganisationNames#looksLikeOrganisation}):
 *     those fields mostly carry the person or CMS account that posted ("webmaster", "Marieke"). An Atom author
 *     with the organiser's name also gives its website and e-mail.</li>
 * </ul>
 */
final class FeedOrganisers {

    private FeedOrganisers() {
    }

    static Organiser publisher(SyndFeed feed, URI base) {
        Optional<SyndPerson> author = feed.getAuthors().stream().filter(a -> clean(a.getName()) != null).findFirst();
        boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
        Channel channel = channel(feed.originalWireFeed());
        String name = atom && author.isPresent() ? clean(author.get().getName())
                : OrganisationNames.fromTitle(feed.getTitle()).orElse(null);
        String email = atom ? author.map(SyndPerson::getEmail).map(FeedOrganisers::clean).orElse(null)
                : channel == null ? null : OrganisationNames.emailIn(channel.getManagingEditor())
                        .or(() -> OrganisationNames.emailIn(channel.getWebMaster())).orElse(null);
        String url = Optional.ofNullable(atom ? author.map(SyndPerson::getUri).orElse(null) : null)
                .or(() -> Optional.ofNullable(feed.getLink()))
                .map(u -> Links.absolute(u, base)).map(URI::toString).orElse(null);
        if (name == null && email == null) {
            return null;
        }
        String description = clean(feed.getDescription());
        return new Organiser(name, url, email, null, null,
                description != null && !description.equals(name) ? description : null, logo(feed, base), List.of(),
                null, null);
    }

    private static Channel channel(WireFeed wire) {
        return wire instanceof Channel channel ? channel : null;
    }

    private static URI logo(SyndFeed feed, URI base) {
        String href = feed.getImage() != null && feed.getImage().getUrl() != null ? feed.getImage().getUrl()
                : feed.getIcon() != null ? feed.getIcon().getUrl() : null;
        return href == null ? null : Links.absolute(href, base);
    }

    static Organiser organiser(SyndEntry entry, EventModule event, URI base) {
        Optional<SyndPerson> author = entry.getAuthors().stream().filter(a -> clean(a.getName()) != null).findFirst();
        String eventName = clean(event.organizer());
        if (eventName != null) {
            return author.filter(a -> eventName.equals(clean(a.getName())))
                    .map(a -> person(a, base)).orElse(new Organiser(eventName, null, null));
        }
        if (author.isPresent()) {
            return OrganisationNames.looksLikeOrganisation(author.get().getName()) ? person(author.get(), base) : null;
        }
        String creator = clean(entry.getAuthor());
        return creator != null && OrganisationNames.looksLikeOrganisation(creator)
                ? new Organiser(creator, null, null) : null;
    }

    private static Organiser person(SyndPerson author, URI base) {
        URI uri = author.getUri() == null ? null : Links.absolute(author.getUri(), base);
        return new Organiser(clean(author.getName()), uri == null ? null : uri.toString(), clean(author.getEmail()));
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String line = HtmlSanitizer.singleLine(value);
        return line.isEmpty() ? null : line;
    }
}
