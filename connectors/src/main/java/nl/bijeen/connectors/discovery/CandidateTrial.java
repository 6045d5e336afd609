package nl.bijeen.connectors.discovery;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Connectors;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * Tries one proposal the way the aggregator would follow it: load it through the source's page loader and let
 * the connector for what came back read it. Every failure becomes a candidate with a plain-Dutch error, so one
 * broken link never costs the others.
 */
final class CandidateTrial {

    private static final Map<String, String> DUTCH_FORMAT = Map.of(
            "ical", "agenda (iCal)", "feed", "feed (RSS/Atom)", "jsonld", "webpagina met activiteiten");
    private static final Pattern XML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern COMMENT_FEED_TITLE = Pattern.compile(
            "^(Reacties op|Reactie op|Comments on|Comments for)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_NAME = Pattern.compile("(?m)^X-WR-CALNAME:(.+)$");

    private final Connectors connectors;
    private final SourceSettings settings;

    CandidateTrial(Connectors connectors, SourceSettings settings) {
        this.connectors = connectors;
        this.settings = settings;
    }

    /** Loads the proposal's URL and reads what comes back. */
    Candidate load(Proposal proposal) {
        Document document;
        try {
            document = settings.pages().load(proposal.url());
        } catch (IOException | RuntimeException unreachable) {
            return Candidate.failed(proposal, "Dit adres kon niet worden geladen: " + unreachable.getMessage());
        }
        return read(proposal, document);
    }

    /** Reads a document already at hand (the pasted page itself). */
    Candidate read(Proposal proposal, Document document) {
        Optional<ActivityConnector> connector = connectors.pick(document, "auto");
        if (connector.isEmpty()) {
            return Candidate.failed(proposal, "Hier staat geen agenda, feed of webpagina die Bijeen kan lezen.");
        }
        String format = connector.get().format();
        if (format.equals("jsonld") && !proposal.format().equals("jsonld")) {
            return Candidate.failed(proposal, "Hier staat een gewone webpagina in plaats van een "
                    + DUTCH_FORMAT.get(proposal.format()) + "; misschien is die niet (meer) openbaar.");
        }
        String ownTitle = ownTitle(document);
        Proposal asRead = new Proposal(proposal.url(), format, proposal.via(),
                proposal.title() != null ? proposal.title() : ownTitle);
        if (format.equals("feed") && ownTitle != null && COMMENT_FEED_TITLE.matcher(ownTitle).find()) {
            // Announced under a neutral name, recognised by its own title ("Reacties op: …"): ranked last.
            return Candidate.failed(asRead, "Dit is een reactiefeed (\"" + ownTitle
                    + "\"): reacties van bezoekers zijn geen activiteiten.");
        }
        try {
            ParseResult result = connector.get().parse(document, settings);
            return new Candidate(proposal.url(), format, proposal.via(), asRead.title(),
                    result.activities().size(), upcoming(result, settings.now()), result.warnings(), null,
                    result.publisher());
        } catch (ConnectorException | RuntimeException unreadable) {
            return Candidate.failed(asRead, "Dit lijkt een " + DUTCH_FORMAT.get(format)
                    + ", maar Bijeen kan het niet lezen: het bestand is beschadigd of onvolledig.");
        }
    }

    /** Activities with at least one date that has not yet passed (and is not cancelled). */
    static int upcoming(ParseResult result, Instant now) {
        return (int) result.activities().stream().filter(a -> isUpcoming(a, now)).count();
    }

    private static boolean isUpcoming(ActivityDraft activity, Instant now) {
        for (Occurrence occurrence : activity.schedule().occurrences()) {
            var last = occurrence.end() == null ? occurrence.start() : occurrence.end();
            if (!occurrence.cancelled() && last.toInstant().isAfter(now)) {
                return true;
            }
        }
        return false;
    }

    /** The document's own title: a calendar's name, a feed's or page's title; {@code null} when it has none. */
    private static String ownTitle(Document document) {
        String head = document.head(8192);
        Matcher name = CALENDAR_NAME.matcher(head);
        if (name.find()) {
            return name.group(1).strip().replace("\\,", ",");
        }
        Matcher title = XML_TITLE.matcher(head);
        if (title.find()) {
            String text = title.group(1).replace("<![CDATA[", "").replace("]]>", "").strip();
            return text.isEmpty() ? null : Parser.unescapeEntities(text, false);
        }
        return null;
    }
}
