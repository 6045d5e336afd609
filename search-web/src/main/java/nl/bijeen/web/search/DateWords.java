package nl.bijeen.web.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dutch words for days in a query ("vandaag", "morgen", "deze week", "dit weekend", "zaterdag") and the days they
 * stand for, counted from today. A week runs from Monday to Sunday, as Dutch calendars print it.
 */
final class DateWords {

    /** A period of whole days: {@code first} up to and including {@code last}. */
    record Days(LocalDate first, LocalDate last) {
    }

    private static final Map<String, DayOfWeek> DAY_NAMES = new LinkedHashMap<>();

    static {
        List<String> names = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");
        for (int i = 0; i < names.size(); i++) {
            DAY_NAMES.put(names.get(i), DayOfWeek.of(i + 1));
        }
    }

    /** Every phrase this class knows, written as {@link QueryText} normalises words. */
    static final List<String> PHRASES = List.of("vandaag", "vanavond", "morgen", "overmorgen", "deze week",
            "volgende week", "dit weekend", "komend weekend", "het weekend", "weekend", "maandag", "dinsdag",
            "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

    private DateWords() {
    }

    /** @param phrase a normalised phrase from {@link #PHRASES} */
    static Optional<Days> days(String phrase, LocalDate today) {
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return Optional.ofNullable(switch (phrase) {
            case "vandaag", "vanavond" -> new Days(today, today);
            case "morgen" -> new Days(today.plusDays(1), today.plusDays(1));
            case "overmorgen" -> new Days(today.plusDays(2), today.plusDays(2));
            case "deze week" -> new Days(today, nextMonday.minusDays(1));
            case "volgende week" -> new Days(nextMonday, nextMonday.plusDays(6));
            case "dit weekend", "komend weekend", "het weekend", "weekend" -> weekend(today);
            default -> DAY_NAMES.containsKey(phrase)
                    ? sameDay(today.with(TemporalAdjusters.nextOrSame(DAY_NAMES.get(phrase)))) : null;
        });
    }

    /** Saturday and Sunday; on a Sunday only the rest of today. */
    private static Days weekend(LocalDate today) {
        if (today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new Days(today, today);
        }
        LocalDate saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new Days(saturday, saturday.plusDays(1));
    }

    private static Days sameDay(LocalDate day) {
        return new Days(day, day);
    }
}
