package nl.bijeen.aggregator.demo;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and series as a Dutch site would write them: "Dinsdag 24 november, 10.00–12.00 uur". */
final class DutchDates {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DUTCH);

    private DutchDates() {
    }

    /** "Dinsdag 24 november, 10.00–12.00 uur". */
    static String when(DemoOccurrence o) {
        String day = DAY.format(o.start());
        return Character.toUpperCase(day.charAt(0)) + day.substring(1) + ", " + TIME.format(o.start()) + "–"
                + TIME.format(o.end()) + " uur";
    }

    /** "10.00–12.00 uur". */
    static String times(DemoOccurrence o) {
        return TIME.format(o.start()) + "–" + TIME.format(o.end()) + " uur";
    }

    /** How the series recurs, e.g. "elke dinsdag" or "elke eerste maandag van de maand"; {@code null} when it does not. */
    static String series(DemoSchedule schedule) {
        return switch (schedule) {
            case DemoSchedule.Weekly w when w.intervalWeeks() == 1 -> "elke " + day(w.day());
            case DemoSchedule.Weekly w -> "om de week op " + day(w.day());
            case DemoSchedule.Monthly m -> "elke " + nth(m.nth()) + " " + day(m.day()) + " van de maand";
            default -> null;
        };
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, DUTCH);
    }

    private static String nth(int nth) {
        return switch (nth) {
            case 1 -> "eerste";
            case 2 -> "tweede";
            case 3 -> "derde";
            case 4 -> "vierde";
            default -> "laatste";
        };
    }
}
