package nl.bijeen.connectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/** Test fixtures: documents from src/test/resources and settings with a fixed "now". */
public final class Fixtures {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Tuesday 10 March 2026, 11:00 in Katwijk. */
    public static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private Fixtures() {
    }

    public static Document document(String resource, String url, String contentType) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new Document(URI.create(url), contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceSettings settings() {
        return settings(AMSTERDAM, Duration.ofDays(90), NOW);
    }

    public static SourceSettings settings(ZoneId zone, Duration horizon, Instant now) {
        return new SourceSettings("test-bron", "auto", zone, horizon, now);
    }

    public static ZonedDateTime amsterdam(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, AMSTERDAM);
    }

    public static ActivityDraft titled(ParseResult result, String title) {
        List<ActivityDraft> found = result.activities().stream().filter(a -> a.title().equals(title)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one activity titled \"" + title + "\" but found " + found.size()
                    + " among " + result.activities().stream().map(ActivityDraft::title).toList());
        }
        return found.getFirst();
    }
}
