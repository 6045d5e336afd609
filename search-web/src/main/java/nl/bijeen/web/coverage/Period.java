package nl.bijeen.web.coverage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a coverage matrix counts, both inclusive: this week (today to Sunday), the coming 2, 4 or 8 weeks
 * (from today), or chosen dates. The previous period is the same number of days just before it, so a change is
 * never caused by one period being longer than the other.
 *
 * @param choice what was chosen: "week", "2", "4", "8" or "datums"
 */
public record Period(String choice, LocalDate from, LocalDate to) {

    /** A period can be at most about a year, so one request never counts an unbounded range. */
    static final long MAX_DAYS = 400;

    /** A choice that cannot be read; the page shows {@code message} and the default period instead. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public static Period of(String choice, String from, String to, LocalDate today) {
        String wanted = choice == null || choice.isBlank() ? "4" : choice.strip();
        return switch (wanted) {
            case "week" -> new Period(wanted, today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case "2", "4", "8" -> new Period(wanted, today, today.plusWeeks(Integer.parseInt(wanted)).minusDays(1));
            case "datums" -> dates(date(from, "begindatum"), date(to, "einddatum"));
            default -> throw new Refused("Kies een periode uit de lijst.");
        };
    }

    public static Period defaultFor(LocalDate today) {
        return of("4", null, null, today);
    }

    private static Period dates(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Refused("De einddatum (" + to + ") ligt voor de begindatum (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new Refused("Kies een periode van hoogstens " + MAX_DAYS + " dagen.");
        }
        return new Period("datums", from, to);
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new Refused("Vul een " + name + " in, bijvoorbeeld 2026-12-01.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Refused("De " + name + " \"" + value.strip()
                    + "\" is geen datum. Schrijf bijvoorbeeld 2026-12-01.");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days just before this period. */
    public Period previous() {
        return new Period(choice, from.minusDays(days()), from.minusDays(1));
    }

    public boolean holds(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
