package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds activity dates in Dutch free text (feed titles and descriptions of publishers that do not use a date
 * field), e.g. "zaterdag 14 maart 2026", "za 14 maart", "14 maart 2026, 14.00-16.00 uur", "14-03-2026 om 10:00",
 * "di 24 nov. 10.00 – 12.00 uur".
 */
public final class DutchDates {

    private static final List<DatePhraseReader> READERS = List.of(new ExplicitDateReader());

    private DutchDates() {
    }

    /** The dates named in {@code text}, by the first reader that finds any; empty when the text names none. */
    public static List<DateMention> find(String text, LocalDate reference) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (DatePhraseReader reader : READERS) {
            List<DateMention> mentions = reader.read(text, reference);
            if (!mentions.isEmpty()) {
                return mentions;
            }
        }
        return List.of();
    }
}
