package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The season or the first and last day a recurring phrase is bounded by: "van september tot en met juni" (the
 * months it runs in; "tot" is read as "tot en met", as sites mean it for seasons), "vanaf 3 maart", "t/m 30 juni",
 * "van 3 maart tot 30 juni".
 */
record RecurrenceBounds(Set<Month> months, LocalDate from, LocalDate until) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String FULL_MONTH = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december)";
    private static final Pattern SEASON = Pattern.compile("(?<![\\p{L}\\d]\\s?)(?:van\\s+|vanaf\\s+)?" + FULL_MONTH
            + "\\s*(?:tot\\s+en\\s+met|t/m|tot|-|–)\\s*" + FULL_MONTH + "(?!\\p{L})(?!\\s*\\d)", FLAGS);
    private static final String DATE = "(?:" + Weekdays.ANY + "\\.?\\s+)?(\\d{1,2})\\s*" + ExplicitDateReader.MONTH_NAMES
            + "(?:\\s+(\\d{4}))?";
    private static final Pattern FROM = Pattern.compile("(?<!\\p{L})(?:vanaf|van|met\\s+ingang\\s+van|m\\.i\\.v\\."
            + "|start(?:end)?\\s+op|begint\\s+op|te\\s+beginnen(?:\\s+op)?)\\s+" + DATE, FLAGS);
    private static final Pattern UNTIL = Pattern.compile("(?<!\\p{L})(?:t/m|tot\\s+en\\s+met|tot|eindigt\\s+op)\\s+"
            + DATE, FLAGS);

    static RecurrenceBounds in(String sentence, LocalDate reference) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        Matcher season = SEASON.matcher(sentence);
        if (season.find()) {
            Month first = month(season.group(1));
            Month last = month(season.group(2));
            for (Month m = first; ; m = m.plus(1)) {
                months.add(m);
                if (m == last) {
                    break;
                }
            }
        }
        // A start without a year may lie before the publication ("van 3 maart tot 30 juni", written on 10 March).
        LocalDate from = date(FROM.matcher(sentence), reference.minusMonths(6));
        LocalDate until = date(UNTIL.matcher(sentence), from != null ? from : reference);
        return new RecurrenceBounds(months, from, until);
    }

    private static LocalDate date(Matcher m, LocalDate reference) {
        if (!m.find()) {
            return null;
        }
        List<DateMention> dates = new ExplicitDateReader().read(m.group().replaceFirst("^\\S+\\s+", ""), reference);
        return dates.isEmpty() ? null : dates.getFirst().date();
    }

    private static Month month(String name) {
        return Month.of(ExplicitDateReader.MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }
}
