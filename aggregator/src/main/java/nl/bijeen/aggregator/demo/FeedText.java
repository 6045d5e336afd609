package nl.bijeen.aggregator.demo;

import java.time.format.DateTimeFormatter;

/** The wording RSS and Atom items share: a Dutch date line, the description and the practical details. */
final class FeedText {

    static final String EVENT_NS = "http://purl.org/rss/1.0/modules/event/";
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private FeedText() {
    }

    /** "Dinsdag 24 november, 10.00–12.00 uur (elke dinsdag)", or {@code null} for an ongoing offer. */
    static String dateLine(Publication p, DemoOccurrence next) {
        if (next == null) {
            return null;
        }
        String series = DutchDates.series(p.schedule());
        return DutchDates.when(next) + (series == null ? "" : " (" + series + ")");
    }

    /** The item body as HTML: date line, description, place and cost. */
    static String html(Publication p, DemoOccurrence next) {
        String date = dateLine(p, next);
        return (date == null ? "" : "<p><strong>" + Html.escape(date) + "</strong></p>")
                + "<p>" + Html.escape(p.description()) + "</p>"
                + "<p>Waar: " + Html.escape(p.place().locationLine()) + "<br>Voor wie: "
                + Html.escape(String.join(", ", p.activity().audiences())) + "<br>Kosten: "
                + Html.escape(p.activity().cost()) + "</p>";
    }

    /** The item body as plain text, for Atom summaries. */
    static String plain(Publication p, DemoOccurrence next) {
        String date = dateLine(p, next);
        return (date == null ? "" : date + ". ") + p.description() + " Waar: " + p.place().locationLine()
                + ". Kosten: " + p.activity().cost() + ".";
    }

    /** The event module's elements; an ongoing offer (no date) only names its organiser. */
    static void eventElements(XmlOut xml, Publication p, DemoOccurrence next) {
        if (next == null) {
            xml.text("ev:organizer", p.organiser().name());
            return;
        }
        xml.text("ev:startdate", ISO.format(next.start()))
                .text("ev:enddate", ISO.format(next.end()))
                .text("ev:location", p.place().locationLine())
                .text("ev:organizer", p.organiser().name())
                .text("ev:type", p.activity().themes().get(0));
    }

    /** What the publisher says about itself, or a line about the site when world.yml has no description. */
    static String publisherDescription(RenderContext ctx) {
        OrganisationProfile profile = ctx.site().organisation().profile();
        return profile != null && profile.description() != null ? profile.description()
                : "Activiteiten van " + ctx.site().name();
    }
}
