package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separate days named together: "2 en 3 mei", "11 & 12 april", "2, 3 en 4 mei", "zaterdag 14 maart en zondag
 * 15 maart". Each day is its own occurrence, with the times written after the list. Answers only when the list is
 * the first date in the text, so that an earlier single date still wins.
 */
final class DayListReader implements DatePhraseReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String AND = "\\s*(?:,|en|&)\\s*";
    private static final String YEAR = "(?:\\s+(\\d{4})(?![\\d.:]))?";
    /** "2, 3 en 4 mei 2026": the days in group 1, the month in 2, the year in 3. */
    private static final Pattern SAME_MONTH = Pattern.compile(ExplicitDateReader.WEEKDAY
            + "((?<![\\d.:/-])\\d{1,2}(?:" + AND + ExplicitDateReader.WEEKDAY + "\\d{1,2})+)\\s*"
            + ExplicitDateReader.MONTH_NAMES + YEAR, FLAGS);
    /** "zaterdag 14 maart en zondag 15 maart". */
    private static final Pattern TWO_DATES = Pattern.compile(ExplicitDateReader.WEEKDAY
            + "(?<![\\d.:/-])(\\d{1,2})\\s*" + ExplicitDateReader.MONTH_NAMES + YEAR + "\\s*(?:en|&)\\s*"
            + ExplicitDateReader.WEEKDAY + "(\\d{1,2})\\s*" + ExplicitDateReader.MONTH_NAMES + YEAR, FLAGS);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    @Override
    public List<DateMention> read(String text, LocalDate reference) {
        Matcher same = SAME_MONTH.matcher(text);
        Matcher two = TWO_DATES.matcher(text);
        boolean hasSame = same.find();
        boolean hasTwo = two.find();
        Matcher m = hasSame && (!hasTwo || same.start() <= two.start()) ? same : hasTwo ? two : null;
        if (m == null || NotActivityDates.at(text, m.start())
                || !new ExplicitDateReader().read(text.substring(0, m.start()), reference).isEmpty()) {
            return List.of();
        }
        List<LocalDate> days = m == same ? sameMonth(m, reference) : twoDates(m, reference);
        if (days.size() < 2) {
            return List.of();
        }
        List<DateMention> withTimes = ExplicitDateReader.withTimes(days.getFirst(), days.getFirst(), text, m.end(),
                m.group());
        LocalTime start = withTimes.getFirst().start();
        LocalTime end = withTimes.getFirst().end();
        return days.stream().map(day -> new DateMention(day, start, end)).toList();
    }

    private static List<LocalDate> sameMonth(Matcher m, LocalDate reference) {
        List<LocalDate> days = new ArrayList<>();
        Matcher number = NUMBER.matcher(m.group(1));
        while (number.find()) {
            LocalDate day = ExplicitDateReader.namedDate(number.group(), m.group(2), m.group(3), reference);
            if (day != null && (days.isEmpty() || day.isAfter(days.getLast()))) {
                days.add(day);
            }
        }
        return days;
    }

    private static List<LocalDate> twoDates(Matcher m, LocalDate reference) {
        LocalDate first = ExplicitDateReader.namedDate(m.group(1), m.group(2), m.group(3), reference);
        LocalDate second = first == null ? null : ExplicitDateReader.namedDate(m.group(4), m.group(5), m.group(6), first);
        return second != null && second.isAfter(first) ? List.of(first, second) : List.of();
    }
}
