package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds activity dates in Dutch free text (feed titles and descriptions of publishers that do not use a date
 * field), e.g. "zaterdag 14 maart 2026", "za 14 maart", "14 maart 2026, 14.00-16.00 uur", "14-03-2026 om 10:00",
 * "di 24 nov. 10.00 – 12.00 uur"; days relative to the publication ("morgen", "aanstaande zaterdag"); and, through
 * {@link #read}, recurring phrases ("elke dinsdag van 10.00 tot 12.00 uur", "iedere eerste maandag van de maand").
 * Deadlines ("aanmelden vóór 10 maart") and publication dates ("geplaatst op") are never activity dates.
 */
public final class DutchDates {

    private static final List<DatePhraseReader> READERS = List.of(new DayListReader(), new ExplicitDateReader(),
            new RelativeDateReader());
    /** A recurring phrase says more than a date next to it ("elke dinsdag, vanaf 3 maart"), so it is asked first. */
    private static final List<DatePhraseReader> ALL_READERS = List.of(new RecurringDateReader(),
            new DayListReader(), new ExplicitDateReader(), new RelativeDateReader());

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

    /**
     * Everything {@code text} says about when: one-off dates, or a recurrence rule with its times and bounds, with
     * notes on what could not be applied; {@link DateReading#NONE} when it names no date.
     *
     * @param reference the publication date (else today): the year for a date without one, the day "morgen" counts from
     */
    public static DateReading read(String text, LocalDate reference) {
        if (text == null || text.isBlank()) {
            return DateReading.NONE;
        }
        for (DatePhraseReader reader : ALL_READERS) {
            DateReading reading = reader.readPhrase(text, reference);
            if (!reading.isEmpty()) {
                return reading;
            }
        }
        return DateReading.NONE;
    }
}
