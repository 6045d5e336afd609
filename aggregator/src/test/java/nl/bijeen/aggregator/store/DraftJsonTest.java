package nl.bijeen.aggregator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.support.Drafts;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

class DraftJsonTest {

    @Test
    void aFullDraftSurvivesTheRoundTripExactly() {
        ActivityDraft draft = Drafts.weekly("kern", "koffie", "Koffieochtend", 4);

        assertThat(DraftJson.read(DraftJson.write(draft))).isEqualTo(draft);
    }

    @Test
    void aSparseDraftWithOffsetTimesSurvivesTheRoundTripExactly() {
        ActivityDraft draft = new ActivityDraft("kern", "x", "Open dag", null,
                new Schedule(ZoneId.of("UTC"), true, List.of(
                        new Occurrence(ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)), null, false))),
                null, null, null, null, null, null, null, ActivityDraft.Status.CANCELLED);

        assertThat(DraftJson.read(DraftJson.write(draft))).isEqualTo(draft);
    }

    @Test
    void kindAccessibilityAndWijkSurviveTheRoundTrip() {
        ActivityDraft draft = Drafts.weekly("kern", "koffie", "Koffieochtend", 4)
                .withKind(ActivityDraft.Kind.PRIKBORD).withWheelchairAccessible(true)
                .withPlace(new Place("Buurthuis De Kern", "Voorstraat 12, 2225 ER Katwijk", 52.2, 4.4,
                        "WK053705", "BU05370501"));

        ActivityDraft read = DraftJson.read(DraftJson.write(draft));

        assertThat(read).isEqualTo(draft);
        assertThat(read.kind()).isEqualTo(ActivityDraft.Kind.PRIKBORD);
        assertThat(read.place().wijk()).isEqualTo("WK053705");
    }

    @Test
    void aDraftStoredBeforeKindsExistedGetsItsKindFromItsSchedule() {
        String stored = DraftJson.write(Drafts.weekly("kern", "koffie", "Koffieochtend", 4))
                .replace(",\"kind\":\"AGENDA\"", "").replace(",\"wheelchairAccessible\":null", "");

        ActivityDraft read = DraftJson.read(stored);

        assertThat(stored).doesNotContain("kind");
        assertThat(read.kind()).isEqualTo(ActivityDraft.Kind.AGENDA);
        assertThat(read.wheelchairAccessible()).isNull();
    }

    @Test
    void equalDraftsHashEquallyAndAnyChangeChangesTheHash() {
        ActivityDraft draft = Drafts.weekly("kern", "koffie", "Koffieochtend", 4);

        assertThat(ContentHash.of(DraftJson.write(draft)))
                .isEqualTo(ContentHash.of(DraftJson.write(Drafts.weekly("kern", "koffie", "Koffieochtend", 4))))
                .isNotEqualTo(ContentHash.of(DraftJson.write(Drafts.weekly("kern", "koffie", "Koffieochtend", 5))))
                .hasSize(64);
    }
}
