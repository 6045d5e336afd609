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
    /** What being contained in the other counts for: strong, but below equal. */
    private static final double CONTAINED = 0.9;
    private static final int MIN_DESCRIPTION_WORDS = 6;
    private static final int MIN_PLACE_GRAMS = 6;
    private static final int STEM = 4;

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
        double evidence = TEXT * text(a, b) + PLACE * place + ORGANISER * organiser(a, b);
        if (a.ongoing()) {
            // An ongoing offer has no time to agree on: judged on the other evidence alone, scaled to the same
            // range, else two identical walk-in services at one address could never reach the threshold.
            return evidence / (1 - TIME);
        }
        return evidence + TIME * time;
    }

    /** Agreement in wording: of the titles, or failing that of the descriptions (reworded titles, same story). */
    static double text(DedupeItem a, DedupeItem b) {
        return Math.max(title(a, b), description(a, b));
    }

    /**
     * Dice of the description stems, or, when one description is mostly inside the other, their overlap: teaser
     * feeds and narrow agenda pages cut the text short ("…"), which halves the Dice of a perfect match. Counted
     * slightly below equal, and only for a description long enough to say something.
     */
    static double description(DedupeItem a, DedupeItem b) {
        double dice = TextKeys.dice(a.descriptionWords(), b.descriptionWords());
        return Math.max(dice, CONTAINED * TextKeys.overlap(a.descriptionWords(), b.descriptionWords(),
                MIN_DESCRIPTION_WORDS));
    }

    /** The better of word and letter agreement: words catch reordering, letters catch spelling. */
    static double title(DedupeItem a, DedupeItem b) {
        double words = TextKeys.dice(Set.copyOf(a.titleTokens()), Set.copyOf(b.titleTokens()));
        double letters = TextKeys.dice(a.titleGrams(), b.titleGrams());
        double contained = containment(a, b);
        return Math.max(Math.max(words, letters), contained);
    }

    /**
     * A short title whose words are in the other ("Koffieochtend" within "Koffieochtend voor senioren in De Kern",
     * "Digitaal Café" within "Digicafé: hulp bij je telefoon"): the share of the shorter title's words whose first
     * four letters occur in the other title written together, counted below an equal title. Four letters: Dutch
     * compounds and abbreviations keep the start of a word ("digi-", "taal-") and drop or change the rest.
     */
    private static double containment(DedupeItem a, DedupeItem b) {
        var shorter = a.titleTokens().size() <= b.titleTokens().size() ? a : b;
        var longer = shorter == a ? b : a;
        if (shorter.titleTokens().isEmpty()) {
            return 0;
        }
        String longText = String.join("", longer.titleTokens());
        int found = 0;
        int counted = 0;
        for (String token : shorter.titleTokens()) {
            if (token.length() < STEM) {
                continue; // "je", "55": inside almost any other title
            }
            counted++;
            if (longText.contains(token.substring(0, STEM))) {
                found++;
            }
        }
        double share = counted == 0 ? 0 : (double) found / counted;
        return share < 0.5 ? 0 : CONTAINED * share; // one word in three in common is chance ("samen", "club")
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
            } else if (Math.abs(x - y) <= 2 * tolerance) {
                // doors at 14.00, start at 14.30: a little off is still likely the same; an hour off is another
                // session (clubs meet at 10.00 and 11.00), so that counts as no agreement at all
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
        // One site names the place ("De Kern"), another adds the street ("Buurthuis De Kern, Westerbaan 92"): the
        // shorter spelling inside the longer one is as good as the same spelling.
        double overlap = TextKeys.overlap(a.placeGrams(), b.placeGrams(), MIN_PLACE_GRAMS);
        return Math.max(0.2, Math.max(TextKeys.dice(a.placeGrams(), b.placeGrams()), CONTAINED * overlap));
    }

    private static double organiser(DedupeItem a, DedupeItem b) {
        if (a.organiserGrams().isEmpty() || b.organiserGrams().isEmpty()) {
            return UNKNOWN;
        }
        return TextKeys.dice(a.organiserGrams(), b.organiserGrams());
    }
}
