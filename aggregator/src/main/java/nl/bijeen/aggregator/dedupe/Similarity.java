package nl.bijeen.aggregator.dedupe;

import java.time.LocalDate;
import java.util.Set;

/**
 * How alike two items are, from 0 to 1: a weighted sum of title, time, place and organiser agreement. A part the
 * sources do not both publish counts as half agreement, so a missing organiser neither makes nor breaks a match.
 * Two hard rules come first: items of the same source are never the same activity (the source says they are two),
 * and two dated items must meet on a shared date at the same time.
 */
public final class Similarity {

    // Sites reword titles freely ("Digicafé" / "Digitaal Café", "Buureneettafel" / "Samen eten in De Kern"), but
    // rarely the time and place: when those agree exactly, a modest agreement in wording is enough.
    private static final double TEXT = 0.35;
    private static final double TIME = 0.30;
    private static final double PLACE = 0.25;
    private static final double ORGANISER = 0.10;
    private static final double UNKNOWN = 0.5;
    private static final double FAR_METRES = 2_000;

    private final DedupeSettings settings;

    public Similarity(DedupeSettings settings) {
        this.settings = settings;
    }

    /** The score of the pair; 0 when a hard rule says they differ. */
    public double score(DedupeItem a, DedupeItem b) {
        if (a.sourceId().equals(b.sourceId()) || a.ongoing() != b.ongoing()) {
            return 0;
        }
        double time = a.ongoing() ? UNKNOWN : time(a, b);
        if (time == 0) {
            return 0;
        }
        double place = place(a, b);
        if (place == 0) {
            return 0;
        }
        return TEXT * text(a, b) + TIME * time + PLACE * place + ORGANISER * organiser(a, b);
    }

    /** Agreement in wording: of the titles, or failing that of the descriptions (reworded titles, same story). */
    static double text(DedupeItem a, DedupeItem b) {
        return Math.max(title(a, b), TextKeys.dice(a.descriptionWords(), b.descriptionWords()));
    }

    /** The better of word and letter agreement: words catch reordering, letters catch spelling. */
    static double title(DedupeItem a, DedupeItem b) {
        double words = TextKeys.dice(Set.copyOf(a.titleTokens()), Set.copyOf(b.titleTokens()));
        double letters = TextKeys.dice(a.titleGrams(), b.titleGrams());
        double contained = containment(a, b);
        return Math.max(Math.max(words, letters), contained);
    }

    /**
     * A short title whose every word is in the other ("Koffieochtend" within "Koffieochtend voor senioren in De
     * Kern") is a shortened wording of the same thing; counted slightly below an equal title.
     */
    private static double containment(DedupeItem a, DedupeItem b) {
        var shorter = a.titleTokens().size() <= b.titleTokens().size() ? a : b;
        var longer = shorter == a ? b : a;
        if (shorter.titleTokens().isEmpty()) {
            return 0;
        }
        String longText = String.join("", longer.titleTokens());
        for (String token : shorter.titleTokens()) {
            if (!longText.contains(token)) {
                return 0;
            }
        }
        return 0.9;
    }

    /**
     * 1 when they start and end together on a shared date; less when only the start is known to agree, or the
     * start is a little off ("14.00" against "14.30": a sloppy source, or the doors opening); 0 when they meet on
     * no shared date, or only at clearly other times.
     */
    private double time(DedupeItem a, DedupeItem b) {
        double best = 0;
        long tolerance = settings.timeTolerance().toMinutes();
        for (LocalDate date : a.sharedDates(b)) {
            int x = a.starts().get(date);
            int y = b.starts().get(date);
            if (x == DedupeItem.ALL_DAY || y == DedupeItem.ALL_DAY) {
                best = Math.max(best, 0.6);
            } else if (Math.abs(x - y) <= tolerance) {
                best = Math.max(best, endAgreement(a.ends().get(date), b.ends().get(date), tolerance));
            } else if (Math.abs(x - y) <= 4 * tolerance) {
                best = Math.max(best, 0.4);
            }
        }
        return best;
    }

    private static double endAgreement(Integer x, Integer y, long tolerance) {
        if (x == null || y == null) {
            return 0.85;
        }
        return Math.abs(x - y) <= tolerance ? 1 : 0.7;
    }

    /** Coordinates decide when both have them; otherwise the place names; 0 only when clearly far apart. */
    private double place(DedupeItem a, DedupeItem b) {
        if (a.hasCoordinates() && b.hasCoordinates()) {
            double metres = Geo.metres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            if (metres <= settings.nearMetres()) {
                return 1;
            }
            if (metres >= FAR_METRES) {
                return 0;
            }
            return Math.max(0.3, 1 - metres / FAR_METRES);
        }
        if (a.placeGrams().isEmpty() || b.placeGrams().isEmpty()) {
            return UNKNOWN;
        }
        return Math.max(0.2, TextKeys.dice(a.placeGrams(), b.placeGrams()));
    }

    private static double organiser(DedupeItem a, DedupeItem b) {
        if (a.organiserGrams().isEmpty() || b.organiserGrams().isEmpty()) {
            return UNKNOWN;
        }
        return TextKeys.dice(a.organiserGrams(), b.organiserGrams());
    }
}
