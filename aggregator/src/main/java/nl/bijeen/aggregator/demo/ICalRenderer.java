package nl.bijeen.aggregator.demo;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A site's agenda as an RFC 5545 calendar, written by hand so every detail is under the demo's control. */
final class ICalRenderer {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final String TZ = "TZID=Europe/Amsterdam";

    byte[] render(RenderContext ctx) {
        ICalWriter ics = new ICalWriter()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .text("PRODID", "-//Bijeen//Demowereld Katwijk//NL")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", ctx.site().name())
                .raw("X-WR-TIMEZONE", "Europe/Amsterdam")
                .raw("X-ORIGINAL-URL", ctx.feedUrl().toString());
        // Not in RFC 5545, but calendars exported by several CMSs carry it: who publishes the calendar.
        organiser(ics, ctx.site().organisation());
        timeZone(ics);
        for (Publication p : ctx.publications()) {
            List<DemoOccurrence> first = p.shownOccurrences(ctx.clock());
            if (!first.isEmpty()) {
                event(ics, ctx, p, first.get(0));
            }
        }
        ics.raw("END", "VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void event(ICalWriter ics, RenderContext ctx, Publication p, DemoOccurrence first) {
        DemoActivity a = p.activity();
        ics.raw("BEGIN", "VEVENT")
                .raw("UID", ItemIds.icalUid(p.site(), a))
                .raw("DTSTAMP", UTC.format(ctx.updated().withZoneSameInstant(ZoneOffset.UTC)))
                .raw("DTSTART;" + TZ, local(first.start()))
                .raw("DTEND;" + TZ, local(first.end()));
        if (p.schedule().rrule() != null) {
            ics.raw("RRULE", p.schedule().rrule());
        }
        ics.text("SUMMARY", p.title())
                .text("DESCRIPTION", p.description() + "\n\nVoor wie: " + String.join(", ", a.audiences())
                        + "\nKosten: " + a.cost())
                .text("LOCATION", p.place().locationLine())
                .raw("GEO", p.place().latitude() + ";" + p.place().longitude())
                .raw("URL", ctx.itemLink(a).toString())
                .raw("CATEGORIES", String.join(",", a.themes().stream().map(ICalWriter::escape).toList()))
                .raw("STATUS", a.cancelled() ? "CANCELLED" : "CONFIRMED");
        organiser(ics, p.organiser());
        ics.raw("END", "VEVENT");
    }

    private static void organiser(ICalWriter ics, DemoOrganiser organiser) {
        String address = organiser.email() != null ? "mailto:" + organiser.email() : organiser.url();
        if (address != null) {
            ics.raw("ORGANIZER;CN=" + ICalWriter.paramValue(organiser.name()), address);
        }
    }

    private static String local(ZonedDateTime t) {
        return LOCAL.format(t.withZoneSameInstant(DemoSchedule.AMSTERDAM));
    }

    /** Europe/Amsterdam since the EU summer-time rules of 1996. */
    private static void timeZone(ICalWriter ics) {
        ics.raw("BEGIN", "VTIMEZONE").raw("TZID", "Europe/Amsterdam")
                .raw("BEGIN", "DAYLIGHT").raw("TZOFFSETFROM", "+0100").raw("TZOFFSETTO", "+0200")
                .raw("TZNAME", "CEST").raw("DTSTART", "19810329T020000")
                .raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU").raw("END", "DAYLIGHT")
                .raw("BEGIN", "STANDARD").raw("TZOFFSETFROM", "+0200").raw("TZOFFSETTO", "+0100")
                .raw("TZNAME", "CET").raw("DTSTART", "19961027T030000")
                .raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU").raw("END", "STANDARD")
                .raw("END", "VTIMEZONE");
    }
}
