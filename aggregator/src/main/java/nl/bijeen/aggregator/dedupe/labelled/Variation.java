package nl.bijeen.aggregator.dedupe.labelled;

import java.util.random.RandomGenerator;

/**
 * How one source words and dates its publication of an activity: the kinds of difference real sites show for
 * one and the same activity. {@link #CANONICAL} is the organiser's own publication.
 */
public record Variation(Title title, Time time, Text description, Location location, Dates dates,
                        Organiser organiser) {

    /** Other title wording. */
    public enum Title { SAME, PREFIX, SUFFIX_PLACE, WORD_ORDER, ABBREVIATED, HYPHENATED, UPPER_CASE }

    /** Time written differently. */
    public enum Time { SAME, START_SHIFTED, NO_END }

    /** The description as the site carries it. */
    public enum Text { SAME, TRUNCATED, MISSING }

    /** The place as the site spells it. */
    public enum Location { FULL, NAME_ONLY, NAME_AND_STREET, SPELLED, NO_COORDINATES, COORDINATES_OFF }

    /** Which dates the site shows: the whole series, the next date, a later single date, or four dates. */
    public enum Dates { SERIES, NEXT, ONE_LATER_DATE, FOUR }

    /** Who the site names as organiser. */
    public enum Organiser { SAME, MISSING, SITE }

    public static final Variation CANONICAL = new Variation(Title.SAME, Time.SAME, Text.SAME, Location.FULL,
            Dates.SERIES, Organiser.SAME);

    /**
     * A random mix, each part independently, weighted towards "the same" as on real sites, where a cross-post
     * usually differs in one or two ways, not in all of them.
     */
    public static Variation random(RandomGenerator random) {
        return new Variation(pick(random, Title.values(), 0.3), pick(random, Time.values(), 0.5),
                pick(random, Text.values(), 0.4), pick(random, Location.values(), 0.3),
                pick(random, Dates.values(), 0.25), pick(random, Organiser.values(), 0.5));
    }

    public Variation withTitle(Title other) {
        return new Variation(other, time, description, location, dates, organiser);
    }

    public Variation withTime(Time other) {
        return new Variation(title, other, description, location, dates, organiser);
    }

    public Variation withDescription(Text other) {
        return new Variation(title, time, other, location, dates, organiser);
    }

    public Variation withLocation(Location other) {
        return new Variation(title, time, description, other, dates, organiser);
    }

    public Variation withDates(Dates other) {
        return new Variation(title, time, description, location, other, organiser);
    }

    /** The first value with probability {@code first}, else any other, evenly. */
    private static <E> E pick(RandomGenerator random, E[] values, double first) {
        if (random.nextDouble() < first) {
            return values[0];
        }
        return values[1 + random.nextInt(values.length - 1)];
    }
}
