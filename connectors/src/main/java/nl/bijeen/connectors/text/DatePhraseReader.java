package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.util.List;

/**
 * One way of writing dates in free text. {@link DutchDates} asks its readers in order and keeps the first answer,
 * so a reader for recurrence phrases ("elke dinsdag van 10.00 tot 12.00 uur") can be added next to the explicit
 * dates without touching them: it returns one mention per date within its own reach.
 */
public interface DatePhraseReader {

    /**
     * The dates {@code text} names, or an empty list.
     *
     * @param reference the day the text was written or published: a date without a year is the next such day on
     *                  or after it
     */
    List<DateMention> read(String text, LocalDate reference);

    /**
     * What {@code text} says, as one-off dates or a rule. Readers of one-off dates need not override this; a reader
     * of recurring phrases returns its rule, so that the caller expands it over its own horizon.
     */
    default DateReading readPhrase(String text, LocalDate reference) {
        return DateReading.of(read(text, reference));
    }
}
