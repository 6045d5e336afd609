package nl.bijeen.web.wijkwebsites;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The plain Dutch a resident reads about a neighbourhood website: what it publishes and when it was updated. */
public final class SiteWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private SiteWords() {
    }

    /** "agenda (iCal)", "nieuwsfeed" or "webpagina"; a source left on auto is judged by its address. */
    public static String publishes(String format, URI url) {
        String f = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
        if (f.equals("auto")) {
            String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
            f = path.endsWith(".ics") || path.contains("ical") ? "ical"
                    : path.endsWith(".xml") || path.endsWith(".rss") || path.contains("feed") ? "feed" : "html";
        }
        return switch (f) {
            case "ical" -> "agenda (iCal)";
            case "feed", "rss", "atom" -> "nieuwsfeed";
            default -> "webpagina";
        };
    }

    /** "vandaag bijgewerkt (24 november 2026)", "3 dagen geleden bijgewerkt (…)" or "nog niet bijgewerkt". */
    public static String updated(Instant lastSuccess, LocalDate today, ZoneId zone) {
        if (lastSuccess == null) {
            return "nog niet bijgewerkt";
        }
        LocalDate day = lastSuccess.atZone(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(day, today);
        String relative = days <= 0 ? "vandaag" : days == 1 ? "gisteren" : days < 14 ? days + " dagen geleden"
                : days < 60 ? days / 7 + " weken geleden" : "lang geleden";
        return relative + " bijgewerkt (" + DATE.format(day) + ")";
    }

    /** The site's address without the scheme, as people say it: "buurthuis.nl". */
    public static String shortAddress(URI home) {
        String host = home.getHost() == null ? home.toString() : home.getHost();
        String path = home.getPath() == null || home.getPath().equals("/") ? "" : home.getPath();
        return (host.startsWith("www.") ? host.substring(4) : host) + (home.getPort() > 0 ? ":" + home.getPort() : "")
                + path;
    }
}
