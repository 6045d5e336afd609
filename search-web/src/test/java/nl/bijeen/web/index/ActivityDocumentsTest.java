package nl.bijeen.web.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

class ActivityDocumentsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, AMSTERDAM);

    @Test
    void storedFieldsReadBackToTheSameActivity() {
        Occurrence past = new Occurrence(TODAY.minusDays(7).withHour(10), null, false);
        Occurrence next = new Occurrence(TODAY.plusDays(1).withHour(10), TODAY.plusDays(1).withHour(12), false);
        Occurrence cancelled = new Occurrence(TODAY.plusDays(8).withHour(10), null, true);
        IndexedActivity read = roundTrip(draft(new Schedule(AMSTERDAM, false, List.of(past, next, cancelled)),
                URI.create("https://dekern.example/agenda/soos")));

        assertThat(read.id()).isEqualTo(42);
        assertThat(read.title()).isEqualTo("Soos");
        assertThat(read.hasFixedDate()).isTrue();
        assertThat(read.dates()).as("only dates from today on").containsExactly(
                new IndexedDate(next.start().toInstant(), next.end().toInstant(), false),
                new IndexedDate(cancelled.start().toInstant(), null, true));
        assertThat(read.placeName()).isEqualTo("De Kern");
        assertThat(read.latitude()).isEqualTo(52.2);
        assertThat(read.longitude()).isEqualTo(4.43);
        assertThat(read.themes()).containsExactly("ontmoeten", "spel");
        assertThat(read.link()).isEqualTo("https://dekern.example/agenda/soos");
        assertThat(read.status()).isEqualTo(IndexedActivity.SCHEDULED);
    }

    @Test
    void activityWithoutDatesIsAnOngoingOffer() {
        IndexedActivity read = roundTrip(draft(Schedule.noFixedDate(), null));
        assertThat(read.hasFixedDate()).isFalse();
        assertThat(read.dates()).isEmpty();
        assertThat(read.link()).isNull();
    }

    @Test
    void linksThatAreNotWebAddressesAreDropped() {
        assertThat(roundTrip(draft(Schedule.noFixedDate(), URI.create("javascript:alert(1)"))).link()).isNull();
        assertThat(roundTrip(draft(Schedule.noFixedDate(), URI.create("file:///etc/passwd"))).link()).isNull();
    }

    private static ActivityDraft draft(Schedule schedule, URI link) {
        return new ActivityDraft("de-kern", "soos", "Soos", new Description("Spelletjes en koffie.", ""), schedule,
                new Place("De Kern", "Zeeweg 12, Katwijk", 52.2, 4.43), null, List.of(), List.of("ontmoeten", "spel"),
                null, null, link, null);
    }

    /** As a search reads it: only the stored fields come back. */
    private static IndexedActivity roundTrip(ActivityDraft draft) {
        Document written = ActivityDocuments.toDocument(new StoredActivity(42, draft, Instant.EPOCH, Instant.EPOCH),
                TODAY.toInstant());
        Document stored = new Document();
        for (IndexableField f : written) {
            if (f.fieldType().stored()) {
                stored.add(f.numericValue() != null ? storedNumber(f) : new StoredField(f.name(), f.stringValue()));
            }
        }
        return ActivityDocuments.fromDocument(stored);
    }

    private static StoredField storedNumber(IndexableField f) {
        Number n = f.numericValue();
        return n instanceof Double d ? new StoredField(f.name(), d) : new StoredField(f.name(), n.longValue());
    }
}
