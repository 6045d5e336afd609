package nl.bijeen.connectors.discovery;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Warning;

/**
 * Something Bijeen could follow, after it was tried.
 *
 * @param url        the URL to register as the source
 * @param format     "ical", "feed" or "jsonld": what the loaded document turned out to be (what the link promised
 *                   when it could not be loaded)
 * @param via        how it was found
 * @param title      the link's title or text, or the document's own title; {@code null} when neither says
 * @param activities how many activities the connector understood
 * @param upcoming   how many of those have a date that is still to come
 * @param warnings   what the connector could not understand
 * @param error      why it cannot be followed, in plain Dutch; {@code null} when it can
 * @param publisher  who publishes the document as its connector read it (for the sign-up to propose the
 *                   organisation), or {@code null}
 */
public record Candidate(URI url, String format, FoundVia via, String title, int activities, int upcoming,
                        List<Warning> warnings, String error, Organiser publisher) {

    private static final Map<String, Integer> FORMAT_PREFERENCE = Map.of("ical", 0, "feed", 1, "jsonld", 2);

    /**
     * Best first: usable before failed, then most activities, then most dated upcoming ones, then iCal before feed
     * before page (a calendar carries dates and places as fields; a page needs guessing).
     */
    public static final Comparator<Candidate> RANKING = Comparator
            .comparing((Candidate c) -> !c.usable())
            .thenComparing(Candidate::activities, Comparator.reverseOrder())
            .thenComparing(Candidate::upcoming, Comparator.reverseOrder())
            .thenComparing(c -> FORMAT_PREFERENCE.getOrDefault(c.format(), 3));

    public Candidate {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A candidate whose document does not name its publisher. */
    public Candidate(URI url, String format, FoundVia via, String title, int activities, int upcoming,
                     List<Warning> warnings, String error) {
        this(url, format, via, title, activities, upcoming, warnings, error, null);
    }

    static Candidate failed(Proposal proposal, String error) {
        return new Candidate(proposal.url(), proposal.format(), proposal.via(), proposal.title(), 0, 0, List.of(),
                error);
    }

    /** True when the document could be read; it may still hold no activities. */
    public boolean usable() {
        return error == null;
    }
}
