package nl.bijeen.web.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import nl.bijeen.web.index.IndexedDate;
import nl.bijeen.web.web.DutchDates;

/**
 * RSS 2.0 and Atom 1.0 feeds of a search, one entry per activity, written by Rome (which escapes for XML).
 *
 * <p>RSS readers treat a description as HTML, so in RSS the text is HTML-escaped once more: a title like
 * {@code <script>} then shows as text instead of running. Atom says what its content is, and we say "text".
 */
final class FeedExport {

    enum Format {
        RSS("rss_2.0", "text/html"), ATOM("atom_1.0", "text");

        final String romeType;
        final String contentType;

        Format(String romeType, String contentType) {
            this.romeType = romeType;
            this.contentType = contentType;
        }
    }

    private final LocalDate today;
    private final Instant now;

    FeedExport(LocalDate today, Instant now) {
        this.today = today;
        this.now = now;
    }

    String write(Format format, String title, String selfLink, String pageLink, List<ExportedActivity> activities) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(title);
        feed.setLink(pageLink);
        feed.setUri(selfLink);
        feed.setDescription("Activiteiten in de buurt, verzameld door Bijeen.");
        feed.setLanguage("nl");
        feed.setPublishedDate(Date.from(now));
        List<SyndEntry> entries = new ArrayList<>();
        for (ExportedActivity a : activities) {
            entries.add(entry(format, a, pageLink));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Writing the " + format + " feed failed", e);
        }
    }

    private SyndEntry entry(Format format, ExportedActivity a, String pageLink) {
        SyndEntry entry = new SyndEntryImpl();
        String title = a.title() + " – " + when(a);
        entry.setTitle(format == Format.RSS ? SafeText.html(title) : title);
        // Readers need a unique, stable id per entry; the activity id is stable across re-crawls.
        entry.setUri("urn:bijeen:activiteit:" + a.id());
        entry.setLink(a.link() != null ? a.link() : pageLink);
        entry.setPublishedDate(Date.from(now));
        entry.setUpdatedDate(Date.from(now));
        if (!a.organiser().isEmpty()) {
            entry.setAuthor(format == Format.RSS ? SafeText.html(a.organiser()) : a.organiser());
        }
        SyndContent content = new SyndContentImpl();
        content.setType(format.contentType);
        String text = body(a);
        content.setValue(format == Format.RSS ? SafeText.html(text).replace("\n", "<br>") : text);
        entry.setDescription(content);
        return entry;
    }

    private String when(ExportedActivity a) {
        if (!a.activity().hasFixedDate()) {
            return "doorlopend";
        }
        List<IndexedDate> dates = a.activity().dates();
        if (dates.isEmpty()) {
            return "geen nieuwe data bekend";
        }
        ZoneId zone = a.activity().zone();
        return DutchDates.describe(dates.getFirst(), zone, a.activity().allDay(), today);
    }

    private static String body(ExportedActivity a) {
        StringBuilder text = new StringBuilder();
        line(text, "Waar", a.place());
        line(text, "Door", a.organiser());
        line(text, "Kosten", a.cost());
        if (a.activity().cancelled()) {
            text.append("Gaat niet door.\n");
        }
        return (text + "\n" + a.description()).strip();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (!value.isEmpty()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }
}
