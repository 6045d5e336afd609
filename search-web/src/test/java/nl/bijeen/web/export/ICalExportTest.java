package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.export.ICalReader.Event;

/** The agenda export, read back by iCal4j's parser. */
@MicronautTest
class ICalExportTest extends ExportFixture {

    @Test
    void isServedAsTextCalendarNamedAfterTheSearch() {
        var response = get("/export/agenda.ics", Map.of("q", "koffie"));

        assertThat(response.header("Content-Type")).startsWith("text/calendar").contains("utf-8");
        String ics = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(ICalReader.value(ICalReader.calendar(ics), "X-WR-CALNAME")).isEqualTo("Bijeen – koffie");
    }

    @Test
    void everyDateOfAnActivityIsAnEventWithItsOwnUid() {
        List<Event> events = ICalReader.events(text("/export/agenda.ics", Map.of("q", "koffie")));

        assertThat(events).hasSize(3).allSatisfy(e -> {
            assertThat(e.summary()).isEqualTo(COFFEE);
            assertThat(e.stamp()).as("DTSTAMP").isNotBlank();
        });
        assertThat(events).extracting(Event::uid).doesNotHaveDuplicates();
        assertThat(events).extracting(Event::start).doesNotHaveDuplicates();
    }

    @Test
    void everyEventHasExactlyOneDtstampAsRfc5545Requires() {
        String ics = text("/export/agenda.ics", Map.of("q", "koffie"));

        long events = ics.lines().filter("BEGIN:VEVENT"::equals).count();
        long stamps = ics.lines().filter(line -> line.startsWith("DTSTAMP")).count();
        assertThat(events).isPositive();
        assertThat(stamps).isEqualTo(events);
    }

    @Test
    void uidsStayTheSameOnTheNextDownloadSoSubscribersUpdateInsteadOfDuplicating() {
        List<String> first = ICalReader.events(text("/export/agenda.ics")).stream().map(Event::uid).toList();
        List<String> second = ICalReader.events(text("/export/agenda.ics")).stream().map(Event::uid).toList();

        assertThat(first).hasSize(5).containsExactlyInAnyOrderElementsOf(second);
    }

    @Test
    void eventsCarryDescriptionPlaceCoordinatesAndLink() {
        Event coffee = ICalReader.events(text("/export/agenda.ics", Map.of("q", "koffie"))).getFirst();

        assertThat(coffee.description()).contains("samen koffie drinken").contains("Organisator: Buurthuis De Kern");
        assertThat(coffee.location()).isEqualTo("Buurthuis De Kern, Zeeweg 12, 2225 AB Katwijk");
        assertThat(coffee.geo()).isEqualTo("52.205;4.405");
        assertThat(coffee.url()).isEqualTo("https://dekern.example/agenda/koffie");
    }

    @Test
    void cancelledDateOfASeriesIsMarkedCancelledNotLeftOut() {
        List<Event> coffee = ICalReader.events(text("/export/agenda.ics", Map.of("q", "koffie")));

        assertThat(coffee).hasSize(3);
        assertThat(coffee.stream().sorted(java.util.Comparator.comparing(Event::start)).map(Event::status).toList())
                .as("the second week is cancelled").containsExactly(null, "CANCELLED", null);
    }

    @Test
    void cancelledActivityIsMarkedCancelled() {
        List<Event> cards = ICalReader.events(text("/export/agenda.ics", Map.of("q", "klaverjassen")));

        assertThat(cards).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo("CANCELLED"));
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctets() {
        String ics = text("/export/agenda.ics");

        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(ics).as("some description is long enough to need folding").contains("\r\n ");
    }
}
