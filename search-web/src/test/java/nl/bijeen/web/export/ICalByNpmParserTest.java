package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** The agenda export read by ical.js (npm), a parser that shares no code with iCal4j, which wrote it. */
@MicronautTest
class ICalByNpmParserTest extends ExportFixture {

    @Inject
    JsonMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void icalJsReadsEveryEventWithTheSameTitlesUidsAndStatus() throws Exception {
        Optional<Path> icalJs = NodeIcal.find();
        assumeTrue(icalJs.isPresent(), "node or ical.js is not available (see the line printed above)");
        String ics = text("/export/agenda.ics");

        Map<String, Object> read = json.readValue(NodeIcal.read(icalJs.get(), ics),
                Argument.mapOf(String.class, Object.class));

        List<Map<String, Object>> events = (List<Map<String, Object>>) read.get("events");
        List<ICalReader.Event> byIcal4j = ICalReader.events(ics);
        assertThat(read.get("name")).isEqualTo("Bijeen – activiteiten in de buurt");
        assertThat(events).extracting(e -> e.get("uid"))
                .containsExactlyInAnyOrderElementsOf(byIcal4j.stream().map(ICalReader.Event::uid).toList());
        assertThat(events).filteredOn(e -> COFFEE.equals(e.get("summary"))).hasSize(3)
                .allSatisfy(e -> assertThat(e.get("location")).isEqualTo("Buurthuis De Kern, Zeeweg 12, 2225 AB Katwijk"));
        assertThat(events).filteredOn(e -> CARDS.equals(e.get("summary")))
                .singleElement().satisfies(e -> assertThat(e.get("status")).isEqualTo("CANCELLED"));
    }
}
