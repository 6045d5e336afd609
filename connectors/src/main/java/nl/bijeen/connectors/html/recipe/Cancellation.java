package nl.bijeen.connectors.html.recipe;

import java.util.regex.Pattern;

/**
 * Plain sites mark a cancelled activity in words, in its title ("GEANNULEERD: Koffieochtend") or next to its date
 * ("dinsdag 31 maart – gaat niet door"). The mark is taken off the title, so the entry still joins its series.
 */
final class Cancellation {

    private static final String WORDS = "geannuleerd|afgelast|gaat niet door|vervalt|vervallen|afgezegd";
    private static final Pattern MARK = Pattern.compile("(?<!\\p{L})(" + WORDS + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE_PREFIX = Pattern.compile("^\\s*[(\\[]?(" + WORDS + ")[)\\]]?\\s*[:!–—-]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Cancellation() {
    }

    static boolean isMarked(String... texts) {
        for (String text : texts) {
            if (text != null && MARK.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The title without a leading cancellation mark; the title itself when that would leave nothing. */
    static String withoutMark(String title) {
        String stripped = TITLE_PREFIX.matcher(title).replaceFirst("").strip();
        return stripped.isEmpty() ? title : stripped;
    }
}
