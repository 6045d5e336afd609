package nl.bijeen.connectors.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.Links;

/**
 * Reads a page for links to calendars and feeds, in the order a site owner would trust them: what the page
 * announces in its head first, then links and embeds in its body. Comment feeds are set aside: they carry
 * reactions, not activities.
 */
final class LinkScanner {

    private static final Pattern COMMENTS = Pattern.compile("(?i)reacties|reactie-feed|comments");
    private static final Pattern FEED_PATH = Pattern.compile("(?i).*/(feed|rss|atom)/?$|.*\\.(rss|atom)$");

    /** What the scan found, and the comment feeds it set aside. */
    record Scan(List<Proposal> proposals, List<URI> commentFeeds) {
    }

    private final URI base;
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<URI> commentFeeds = new ArrayList<>();

    private LinkScanner(URI base) {
        this.base = base;
    }

    static Scan scan(org.jsoup.nodes.Document page, URI base) {
        LinkScanner scanner = new LinkScanner(base);
        page.select("link[href]").forEach(scanner::headLink);
        // In document order, so the first mention (usually the most prominent) gives the title.
        for (Element element : page.select("a[href], area[href], iframe[src]")) {
            if (element.tagName().equals("iframe")) {
                scanner.embed(element.attr("src"), element.attr("title"));
            } else {
                scanner.bodyLink(element);
            }
        }
        return new Scan(List.copyOf(scanner.proposals), List.copyOf(scanner.commentFeeds));
    }

    private void headLink(Element link) {
        String type = link.attr("type").toLowerCase(Locale.ROOT);
        boolean alternate = link.attr("rel").toLowerCase(Locale.ROOT).contains("alternate");
        String format = formatOfType(type);
        if (format == null || !alternate && !format.equals("ical")) {
            return;
        }
        add(link.attr("href"), format, alternate ? FoundVia.LINK_ALTERNATE : FoundVia.CALENDAR_TYPE,
                blankToNull(link.attr("title")));
    }

    private void bodyLink(Element a) {
        String href = a.attr("href").strip();
        String title = blankToNull(a.hasAttr("title") ? a.attr("title") : HtmlSanitizer.singleLine(a.text()));
        URI url = Links.absolute(href, base);
        if (url == null) {
            return;
        }
        List<Proposal> hosted = CalendarServices.icalFor(url, title);
        if (!hosted.isEmpty()) {
            hosted.forEach(this::add);
        } else if (href.regionMatches(true, 0, "webcal:", 0, 7)) {
            add(href, "ical", FoundVia.WEBCAL_LINK, title);
        } else if ("ical".equals(formatOfType(a.attr("type").toLowerCase(Locale.ROOT)))) {
            add(href, "ical", FoundVia.CALENDAR_TYPE, title);
        } else if (isEventsCalendarExport(url)) {
            add(href, "ical", FoundVia.EVENTS_CALENDAR, title);
        } else if (url.getPath() != null && url.getPath().toLowerCase(Locale.ROOT).endsWith(".ics")) {
            add(href, "ical", FoundVia.ICS_LINK, title);
        } else if ("feed".equals(formatOfType(a.attr("type").toLowerCase(Locale.ROOT)))
                || url.getPath() != null && FEED_PATH.matcher(url.getPath()).matches()) {
            add(href, "feed", FoundVia.FEED_LINK, title);
        }
    }

    private void embed(String src, String title) {
        URI url = Links.absolute(src, base);
        if (url != null) {
            CalendarServices.icalFor(url, blankToNull(title)).forEach(this::add);
        }
    }

    /** The Events Calendar (WordPress) exports its list as iCal at {@code ?ical=1}. */
    static boolean isEventsCalendarExport(URI url) {
        String query = url.getRawQuery();
        return query != null && (query.equals("ical=1") || query.startsWith("ical=1&") || query.contains("&ical=1"));
    }

    private void add(String href, String format, FoundVia via, String title) {
        URI url = Links.absolute(href, base);
        if (url != null) {
            add(new Proposal(UrlKey.cleaned(url), format, via, title));
        }
    }

    private void add(Proposal proposal) {
        if (proposal.format().equals("feed") && isCommentFeed(proposal)) {
            commentFeeds.add(proposal.url());
        } else {
            proposals.add(proposal);
        }
    }

    private static boolean isCommentFeed(Proposal proposal) {
        return proposal.title() != null && COMMENTS.matcher(proposal.title()).find()
                || COMMENTS.matcher(proposal.url().getPath() == null ? "" : proposal.url().getPath()).find();
    }

    private static String formatOfType(String type) {
        if (type.contains("text/calendar")) {
            return "ical";
        }
        if (type.contains("rss") || type.contains("atom")) {
            return "feed";
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
