package nl.bijeen.connectors.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.connectors.text.Recurrence.Frequency;

/**
 * Recurring phrases: "elke dinsdag", "iedere dinsdagochtend", "op maandag en donderdag", "dinsdags",
 * "elke eerste maandag van de maand", "iedere laatste vrijdag van de maand", "om de week op woensdag",
 * "elke twee weken", "wekelijks op zaterdag", "dagelijks", "op werkdagen", bounded by "van september tot en met
 * juni", "vanaf 3 maart" or "t/m 30 juni". An exception it cannot apply ("behalve in de schoolvakanties") becomes
 * a note. Times come from the same sentence, else from a day part (see {@link DayParts}).
 */
final class RecurringDateReader implements DatePhraseReader {

    /** How far {@link #read} expands a rule for callers that only want dates. */
    static final int OWN_REACH_DAYS = 60;
    static final int MAX_DATES = 200;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String EVERY = "(?:elke|iedere|ieder|elk)";
    private static final String DAY = Weekdays.FULL + "(?:" + DayParts.WORD + ")?";
    /** "dinsdag en donderdag", "dinsdagen", "dinsdag- en donderdagochtend", after "elke" also "ma, wo en vr". */
    private static final String DAY_LIST = DAY + "(?:en|s)?-?(?:\\s*(?:,|en|&|\\+|of)\\s*" + DAY + "(?:en|s)?)*";
    private static final String SHORT_DAY = "(?:ma|di|wo|do|vr|za|zo)\\.?(?!\\p{L})";
    private static final String SHORT_LIST = SHORT_DAY + "(?:\\s*(?:,|en|&|\\+)\\s*" + SHORT_DAY + ")*";
    private static final String ORD = "(?:eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e|1ste|2de|3de|4de)";

    private record Shape(Frequency frequency, int interval, Pattern pattern) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Frequency.MONTHLY, 1, Pattern.compile("(?<!\\p{L})(?:" + EVERY + "\\s+|op\\s+)?(?:de\\s+)?("
                    + ORD + "(?:\\s*(?:,|en|&|/)\\s*" + ORD + ")*)\\s+(" + DAY_LIST + ")\\s+(?:van\\s+(?:de|elke|iedere)"
                    + "\\s+maand|v\\.\\s?d\\.\\s?m\\.?|per\\s+maand|in\\s+de\\s+maand|van\\s+de\\s+maand)", FLAGS)),
            new Shape(Frequency.WEEKLY, 2, Pattern.compile("(?<!\\p{L})(?:om\\s+de\\s+(week|(?:twee|2|drie|3|vier|4)"
                    + "\\s+weken)|(?:" + EVERY + "|één\\s+keer\\s+per|een\\s+keer\\s+per|1\\s?x\\s+per|eens\\s+per)\\s+"
                    + "(twee|2|drie|3|vier|4|andere)\\s+weken|(twee|drie|vier|2|3|4)-?wekelijks|(?:" + EVERY
                    + ")\\s+(?:even|oneven)\\s+week)(?!\\p{L})(?:\\s+op\\s+(" + DAY_LIST + "))?", FLAGS)),
            new Shape(Frequency.WEEKLY, 1, Pattern.compile("(?<!\\p{L})(?:(?:op|alle|" + EVERY + ")\\s+werkdag(?:en)?"
                    + "|doordeweeks|(?:van\\s+)?maandag\\s+(?:t/m|tot\\s+en\\s+met|tot|-|–)\\s+vrijdag(?!\\s*\\d)"
                    + "|ma\\s*(?:t/m|-|–)\\s*vr(?!\\p{L}))", FLAGS)),
            new Shape(Frequency.DAILY, 1, Pattern.compile("(?<!\\p{L})(?:dagelijks|" + EVERY + "\\s+dag(?!\\p{L})"
                    + "|(?:alle|7)\\s+dagen\\s+(?:per|van\\s+de|in\\s+de)\\s+week)", FLAGS)),
            new Shape(Frequency.WEEKLY, 1, Pattern.compile("(?<!\\p{L})(?:" + EVERY + "\\s+week\\s+(?:op\\s+)?(?:de\\s+)?"
                    + "|wekelijks\\s+(?:op\\s+)?(?:de\\s+)?|" + EVERY + "\\s+)(" + DAY_LIST + "|" + SHORT_LIST + ")(?!\\p{L})",
                    FLAGS)),
            new Shape(Frequency.WEEKLY, 1, Pattern.compile("(?<!\\p{L})op\\s+(" + DAY + "(?:en|s)?(?:\\s*(?:,|en|&)\\s*"
                    + DAY + "(?:en|s)?)+)(?!\\p{L})(?!\\s*\\d)", FLAGS)),
            new Shape(Frequency.WEEKLY, 1, Pattern.compile("(?<![\\p{L}-])(?:op\\s+|alle\\s+|['’]s\\s*)?(" + DAY
                    + ")(?:en|s)(?!\\p{L})", FLAGS)),
            new Shape(Frequency.WEEKLY, 1, Pattern.compile("(?<!\\p{L})(?:wekelijks|" + EVERY + "\\s+week"
                    + "|1\\s?x\\s+per\\s+week|eens\\s+per\\s+week|één\\s+keer\\s+per\\s+week)(?!\\p{L})", FLAGS)));

    private static final Shape SEASON_DAY = new Shape(Frequency.WEEKLY, 1, Pattern.compile(
            "(?<!\\p{L})op\\s+(" + DAY + ")(?!\\p{L})(?!\\s*\\d)", FLAGS));
    private static final Pattern DAY_NAME = Pattern.compile(Weekdays.FULL, FLAGS);
    private static final Pattern DAY_OR_SHORT = Pattern.compile("(?<!\\p{L})(?:" + Weekdays.FULL
            + "|(?:ma|di|wo|do|vr|za|zo)(?!\\p{L}))", FLAGS);
    private static final Pattern ORD_WORD = Pattern.compile(ORD, FLAGS);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})|\\n");
    private static final Pattern EXCEPTION = Pattern.compile("(?<!\\p{L})(?:behalve|m\\.u\\.v\\.|met\\s+uitzondering\\s+van"
            + "|uitgezonderd|niet\\s+(?:in|tijdens|op)|geen\\s+\\p{L}+\\s+(?:in|tijdens))\\s+[^.;\\n)]{2,60}", FLAGS);

    @Override
    public List<DateMention> read(String text, LocalDate reference) {
        DateReading reading = readPhrase(text, reference);
        if (!reading.isRecurring()) {
            return List.of();
        }
        Recurrence rule = reading.recurrence();
        return rule.dates(reference, reference.plusDays(OWN_REACH_DAYS), MAX_DATES).stream()
                .map(day -> new DateMention(day, rule.start(), rule.end())).toList();
    }

    @Override
    public DateReading readPhrase(String text, LocalDate reference) {
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                if (!NotActivityDates.at(text, m.start())) {
                    return reading(shape, m, text, reference);
                }
            }
        }
        return inSeason(text, reference);
    }

    /** "van september tot en met juni op woensdagmiddag": one weekday is a rule when a season bounds it. */
    private static DateReading inSeason(String text, LocalDate reference) {
        Matcher m = SEASON_DAY.pattern().matcher(text);
        while (m.find()) {
            String sentence = text.substring(sentenceStart(text, m.start()), sentenceEnd(text, m.end()));
            if (!RecurrenceBounds.in(sentence, reference).months().isEmpty()) {
                return reading(SEASON_DAY, m, text, reference);
            }
        }
        return DateReading.NONE;
    }

    private static DateReading reading(Shape shape, Matcher m, String text, LocalDate reference) {
        int sentenceStart = sentenceStart(text, m.start());
        int sentenceEnd = sentenceEnd(text, m.end());
        String sentence = text.substring(sentenceStart, sentenceEnd);
        List<DayOfWeek> days = shape.frequency() == Frequency.DAILY ? List.of() : days(shape, m, sentence);
        List<Integer> ordinals = shape.frequency() == Frequency.MONTHLY ? ordinals(m.group(1)) : List.of();
        LocalTime[] times = times(text, m, sentenceStart, sentenceEnd);
        RecurrenceBounds bounds = RecurrenceBounds.in(sentence, reference);
        Recurrence rule = new Recurrence(shape.frequency(), shape.interval() == 1 ? 1 : interval(m.group()), days,
                ordinals, bounds.months(), bounds.from(), bounds.until(), times[0], times[1]);
        List<String> notes = new ArrayList<>();
        if (rule.frequency() != Frequency.DAILY && rule.days().isEmpty()) {
            notes.add("\"" + m.group().strip() + "\" says how often but not on which day: no dates could be made");
        }
        Matcher exception = EXCEPTION.matcher(sentence);
        if (exception.find()) {
            notes.add("the exception \"" + exception.group().strip() + "\" is not applied: the dates include it");
        }
        return new DateReading(List.of(), rule, notes);
    }

    /** Workdays are Monday to Friday; other shapes name their days, or leave them to the rest of the sentence. */
    private static List<DayOfWeek> days(Shape shape, Matcher m, String sentence) {
        String named = m.groupCount() > 0 ? lastGroup(m) : null;
        if (named == null && m.group().toLowerCase(Locale.ROOT).matches(".*(werkdag|doordeweeks|vrijdag|vr)$|.*werkdagen")) {
            return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY);
        }
        Matcher names = named != null ? DAY_OR_SHORT.matcher(named) : DAY_NAME.matcher(sentence);
        List<DayOfWeek> days = new ArrayList<>();
        while (names.find()) {
            days.add(Weekdays.of(names.group()));
        }
        return days;
    }

    private static String lastGroup(Matcher m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            if (m.group(g) != null && DAY_OR_SHORT.matcher(m.group(g)).find()) {
                return m.group(g);
            }
        }
        return null;
    }

    private static List<Integer> ordinals(String words) {
        Matcher o = ORD_WORD.matcher(words);
        List<Integer> ordinals = new ArrayList<>();
        while (o.find()) {
            String w = o.group().toLowerCase(Locale.ROOT);
            ordinals.add(w.startsWith("l") ? -1 : w.startsWith("e") || w.startsWith("1") ? 1
                    : w.startsWith("tw") || w.startsWith("2") ? 2 : w.startsWith("d") || w.startsWith("3") ? 3 : 4);
        }
        return ordinals;
    }

    /** "om de week" and "elke twee weken" are 2, "om de drie weken" is 3. */
    private static int interval(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return p.contains("drie") || p.matches(".*\\b3.*") ? 3 : p.contains("vier") || p.matches(".*\\b4.*") ? 4 : 2;
    }

    /** Clock times right after the phrase, else elsewhere in the sentence, else a day part; {null, null} if none. */
    private static LocalTime[] times(String text, Matcher m, int sentenceStart, int sentenceEnd) {
        ClockTimes.Span span = ClockTimes.rightAfter(text, m.end());
        if (!span.found()) {
            span = ClockTimes.firstBetween(text, m.end(), sentenceEnd);
        }
        if (!span.found()) {
            span = ClockTimes.firstBetween(text, sentenceStart, m.start());
        }
        if (span.found()) {
            return new LocalTime[] {span.start(), span.end()};
        }
        LocalTime[] part = DayParts.inCompound(m.group());
        part = part != null ? part : DayParts.after(text, m.end());
        return part != null ? part : new LocalTime[] {null, null};
    }

    private static int sentenceStart(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find() && end.end() <= from) {
            start = end.end();
        }
        return start;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }
}
