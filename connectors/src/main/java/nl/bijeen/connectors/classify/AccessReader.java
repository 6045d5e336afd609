package nl.bijeen.connectors.classify;

import java.util.regex.Pattern;

/**
 * Whether the text says the place is wheelchair accessible: true for "rolstoeltoegankelijk" or "toegankelijk voor
 * rolstoelen", false for "niet rolstoeltoegankelijk" or "geen lift", null when nothing is said. A "no" wins over a
 * "yes" in the same text: telling someone in a wheelchair to come to an unreachable room is the worse mistake.
 */
final class AccessReader {

    private static final String WHEELCHAIR = "(?:rolstoel\\w*|mindervaliden|invaliden|mensen met een rolstoel)";
    private static final Pattern NO = Pattern.compile(String.join("|",
            "niet (?:\\w+ ){0,2}rolstoel ?(?:toegankelijk|vriendelijk)",
            "niet (?:\\w+ ){0,2}(?:toegankelijk|geschikt|bereikbaar) (?:voor|met) (?:een )?" + WHEELCHAIR,
            "rolstoel ?toegankelijk \\| (?:nee|niet)",
            "geen (?:lift|rolstoel ?toegang)",
            "alleen (?:bereikbaar )?(?:via|met) de trap"));
    private static final Pattern YES = Pattern.compile(String.join("|",
            "rolstoel ?(?:toegankelijk|vriendelijk)",
            "(?:toegankelijk|geschikt|bereikbaar) (?:voor|met) (?:een )?" + WHEELCHAIR,
            "drempelvrij",
            "(?:er is een|met) lift"));

    private AccessReader() {
    }

    static Boolean wheelchairAccessible(String text) {
        String normal = DutchText.normalise(text);
        if (NO.matcher(normal).find()) {
            return false;
        }
        return YES.matcher(normal).find() ? true : null;
    }
}
