package nl.bijeen.aggregator.crawl;

import java.util.ArrayList;
import java.util.List;

import nl.bijeen.aggregator.source.SourceStatus;

/**
 * What an admin who asked for a crawl ("re-check now") must be told about the source beyond the crawl itself,
 * in plain Dutch: a parked or paused source is crawled on request, but the schedule treats it differently.
 */
public final class CrawlNotices {

    static final String UNPARKED = "Deze bron stond geparkeerd omdat ophalen te vaak mislukte. Dit keer lukte het,"
            + " dus is ze weer aangezet: Bijeen haalt haar weer volgens schema op.";
    static final String STILL_PARKED = "Deze bron staat geparkeerd omdat ophalen te vaak mislukte, en ook deze poging"
            + " mislukte: ze blijft geparkeerd en wordt niet volgens schema opgehaald.";
    static final String PAUSED = "Deze bron is gepauzeerd in sources.yml: ze is nu op verzoek opgehaald, maar Bijeen"
            + " haalt haar niet volgens schema op zolang ze gepauzeerd is.";

    private CrawlNotices() {
    }

    /** The notice for a crawl on request of a source that was in state {@code before}; null when there is none. */
    public static String onRequest(SourceStatus before, CrawlOutcome outcome) {
        List<String> notices = new ArrayList<>();
        if (before.parked() && outcome != null && !isBusy(outcome)) {
            notices.add(outcome.success() ? UNPARKED : STILL_PARKED);
        }
        if (before.paused()) {
            notices.add(PAUSED);
        }
        return notices.isEmpty() ? null : String.join(" ", notices);
    }

    /** Another crawl of the source was already running: this request changed nothing. */
    private static boolean isBusy(CrawlOutcome outcome) {
        return CrawlSourceRoute.BUSY.equals(outcome.error());
    }
}
