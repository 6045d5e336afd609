package nl.bijeen.connectors.ical;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time zone names as Outlook and Exchange write them in TZID ("W. Europe Standard Time", or the display
 * name "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"), mapped to IANA zones after the Unicode
 * CLDR table windowsZones.xml (territory 001). iCal4j does not know these names. The list covers Europe and the
 * zones Dutch publishers plausibly use; an unknown name falls back to the VTIMEZONE's offsets.
 */
final class WindowsZones {

    private static final Map<String, String> STANDARD_NAMES = Map.ofEntries(
            Map.entry("w. europe standard time", "Europe/Berlin"),
            Map.entry("romance standard time", "Europe/Paris"),
            Map.entry("central europe standard time", "Europe/Budapest"),
            Map.entry("central european standard time", "Europe/Warsaw"),
            Map.entry("gmt standard time", "Europe/London"),
            Map.entry("greenwich standard time", "Atlantic/Reykjavik"),
            Map.entry("e. europe standard time", "Europe/Chisinau"),
            Map.entry("fle standard time", "Europe/Kiev"),
            Map.entry("gtb standard time", "Europe/Bucharest"),
            Map.entry("russian standard time", "Europe/Moscow"),
            Map.entry("turkey standard time", "Europe/Istanbul"),
            Map.entry("w. central africa standard time", "Africa/Lagos"),
            Map.entry("morocco standard time", "Africa/Casablanca"),
            Map.entry("egypt standard time", "Africa/Cairo"),
            Map.entry("south africa standard time", "Africa/Johannesburg"),
            Map.entry("utc", "UTC"),
            Map.entry("coordinated universal time", "UTC"),
            Map.entry("eastern standard time", "America/New_York"),
            Map.entry("central standard time", "America/Chicago"),
            Map.entry("mountain standard time", "America/Denver"),
            Map.entry("pacific standard time", "America/Los_Angeles"),
            Map.entry("atlantic standard time", "America/Halifax"),
            Map.entry("sa western standard time", "America/La_Paz"),
            Map.entry("suriname standard time", "America/Paramaribo"),
            Map.entry("e. south america standard time", "America/Sao_Paulo"),
            Map.entry("arabian standard time", "Asia/Dubai"),
            Map.entry("india standard time", "Asia/Calcutta"),
            Map.entry("china standard time", "Asia/Shanghai"),
            Map.entry("tokyo standard time", "Asia/Tokyo"),
            Map.entry("se asia standard time", "Asia/Bangkok"),
            Map.entry("singapore standard time", "Asia/Singapore"),
            Map.entry("aus eastern standard time", "Australia/Sydney"),
            Map.entry("new zealand standard time", "Pacific/Auckland"));

    /** Outlook display names, recognised by their first city. */
    private static final Map<String, String> DISPLAY_CITIES = Map.of(
            "amsterdam", "Europe/Amsterdam",
            "brussels", "Europe/Brussels",
            "belgrade", "Europe/Belgrade",
            "sarajevo", "Europe/Sarajevo",
            "dublin", "Europe/London",
            "athens", "Europe/Athens",
            "helsinki", "Europe/Helsinki");

    private WindowsZones() {
    }

    static Optional<ZoneId> toIana(String tzid) {
        String key = tzid.strip().toLowerCase(Locale.ROOT);
        String iana = STANDARD_NAMES.get(key);
        if (iana == null && key.startsWith("(utc") && key.contains(")")) {
            String cities = key.substring(key.indexOf(')') + 1).strip();
            String firstCity = cities.split("[,\\s]+")[0];
            iana = DISPLAY_CITIES.get(firstCity);
        }
        return Optional.ofNullable(iana).map(ZoneId::of);
    }
}
