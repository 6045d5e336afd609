package nl.bijeen.connectors.feed;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Requests and offers between neighbours ("Gezocht: oppas", "Aangeboden: kinderfiets", "Wie helpt met
 * verhuizen?", "Te koop", "Vrijwilliger gezocht", "Plantjes ruilen", "Moestuin zoekt tuinders") belong on the notice board, dated or not.
 * Only the title and the item's categories decide: an agenda item may well mention "vrijwilligers gezocht" in its
 * text without being a request.
 */
final class NoticeBoard {

    private static final Pattern REQUEST_OR_OFFER = Pattern.compile("(?<!\\p{L})(?:gezocht|aangeboden|gevraagd"
            + "|wie\\s+helpt|wie\\s+kan|wie\\s+heeft|te\\s+koop|te\\s+ruil|ruilen|te\\s+leen|gratis\\s+af\\s+te\\s+halen"
            + "|af\\s+te\\s+halen|weggeven|zoekt)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> BOARD_CATEGORIES = Set.of("prikbord", "gezocht", "aangeboden", "vraag", "aanbod",
            "vraag en aanbod", "vraag & aanbod", "marktplaats", "te koop");

    private NoticeBoard() {
    }

    static boolean isNotice(String title, Collection<String> categories) {
        return REQUEST_OR_OFFER.matcher(title).find() || categories.stream()
                .anyMatch(c -> BOARD_CATEGORIES.contains(c.strip().toLowerCase(Locale.ROOT)));
    }
}
