package nl.bijeen.connectors.discovery;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Hosted calendars whose page or embed is not the calendar itself: Google Calendar (an embed iframe names the
 * calendar in {@code src=}; its public iCal address is derived from that) and Outlook published calendars (the
 * HTML view {@code calendar.html} sits next to {@code calendar.ics}).
 */
final class CalendarServices {

    private static final String GOOGLE_HOST = "calendar.google.com";
    /** Google's own calendars (national holidays, week numbers): added to many embeds, never the site's agenda. */
    private static final String SHARED_BY_GOOGLE = "@group.v.calendar.google.com";

    private CalendarServices() {
    }

    /** The iCal addresses a Google or Outlook link stands for; empty when it is neither. */
    static List<Proposal> icalFor(URI link, String title) {
        String host = link.getHost().toLowerCase(Locale.ROOT);
        String path = link.getPath() == null ? "" : link.getPath();
        List<Proposal> found = new ArrayList<>();
        if (host.equals(GOOGLE_HOST) && path.contains("/ical/") && path.endsWith(".ics")) {
            found.add(new Proposal(link, "ical", FoundVia.GOOGLE_CALENDAR, title));
        } else if (host.equals(GOOGLE_HOST) && path.contains("/embed")) {
            // An embed may show several calendars: each src= is one public calendar.
            for (String src : parameters(link.getRawQuery(), "src")) {
                String id = calendarId(src);
                if (!id.endsWith(SHARED_BY_GOOGLE)) {
                    found.add(new Proposal(googleIcal(id), "ical", FoundVia.GOOGLE_CALENDAR, title));
                }
            }
        } else if (isOutlook(host) && path.contains("/calendar/")) {
            if (path.endsWith(".ics")) {
                found.add(new Proposal(link, "ical", FoundVia.OUTLOOK_CALENDAR, title));
            } else if (path.endsWith("calendar.html")) {
                String raw = link.getRawPath();
                URI ics = link.resolve(raw.substring(0, raw.lastIndexOf('/') + 1) + "calendar.ics");
                found.add(new Proposal(ics, "ical", FoundVia.OUTLOOK_CALENDAR, title));
            }
        }
        return found;
    }

    /** Google's public address for a calendar id such as {@code wijk@gmail.com}. */
    static URI googleIcal(String calendarId) {
        return URI.create("https://" + GOOGLE_HOST + "/calendar/ical/"
                + URLEncoder.encode(calendarId, StandardCharsets.UTF_8) + "/public/basic.ics");
    }

    /** Newer embed codes give the id in base64 ({@code d2lqa0BnbWFpbC5jb20}), older ones as is ({@code wijk@gmail.com}). */
    static String calendarId(String src) {
        if (src.contains("@")) {
            return src;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(src.replace('+', '-').replace('/', '_')
                    .replace("=", "")), StandardCharsets.UTF_8);
            return decoded.contains("@") ? decoded : src;
        } catch (IllegalArgumentException notBase64) {
            return src;
        }
    }

    private static boolean isOutlook(String host) {
        return host.equals("outlook.office365.com") || host.equals("outlook.live.com")
                || host.equals("outlook.office.com");
    }

    private static List<String> parameters(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (nameValue.length == 2 && nameValue[0].equals(name) && !nameValue[1].isBlank()) {
                values.add(URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
