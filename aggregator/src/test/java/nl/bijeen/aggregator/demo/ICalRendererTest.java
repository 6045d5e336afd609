package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalRendererTest {

    private final byte[] body = SmallWorld.render("/kal/agenda.ics");
    private final String text = new String(body, StandardCharsets.UTF_8);

    /** Content lines with folding undone (RFC 5545 §3.1). */
    private List<String> unfolded() {
        return Arrays.asList(text.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void everyLineEndsWithCrlfAndHasAtMost75OctetsOfWholeCharacters() throws Exception {
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets));
        }
        assertThat(text.split("\r\n")).anySatisfy(line -> assertThat(line).startsWith(" "));
    }

    @Test
    void textValuesAreEscaped() {
        assertThat(unfolded()).contains(
                "SUMMARY:Koffie & thee \"bij Els\"\\; zonder afspraak\\, gewoon <binnenlopen>",
                "LOCATION:Buurthuis \"De Kern\"\\, Westerbaan 92\\, 2222 AH Katwijk",
                "ORGANIZER;CN=\"Stichting 'Kal'; Test, Katwijk\":mailto:kal@example.org",
                "CATEGORIES:ontmoeten,eten");
        assertThat(unfolded()).anySatisfy(line -> assertThat(line)
                .startsWith("DESCRIPTION:Regel één met een backslash \\\\ en komma\\, puntkomma\\;\\nRegel twee: café"));
    }

    @Test
    void recurringActivitiesStartAtTheirNextDateWithARule() {
        String weekly = event("koffie");
        assertThat(weekly).contains("DTSTART;TZID=Europe/Amsterdam:20261124T100000\r\n",
                "DTEND;TZID=Europe/Amsterdam:20261124T120000\r\n", "RRULE:FREQ=WEEKLY;BYDAY=TU\r\n",
                "UID:koffie@kal.demo.bijeen.nl\r\n", "GEO:52.201;4.432\r\n", "STATUS:CONFIRMED\r\n");
        assertThat(event("maandelijks")).contains("DTSTART;TZID=Europe/Amsterdam:20261127T193000\r\n",
                "RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n");
        assertThat(event("om-de-week")).contains("DTSTART;TZID=Europe/Amsterdam:20261130T193000\r\n",
                "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\r\n");
    }

    @Test
    void oneOffEventHasNoRuleAndCancelledStatus() {
        assertThat(event("eenmalig")).contains("DTSTART;TZID=Europe/Amsterdam:20261202T193000\r\n", "STATUS:CANCELLED\r\n")
                .doesNotContain("RRULE");
    }

    @Test
    void calendarCarriesTheAmsterdamTimeZone() {
        assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(5);
    }

    private String event(String activityId) {
        int uid = text.indexOf("UID:" + activityId + "@");
        int begin = text.lastIndexOf("BEGIN:VEVENT", uid);
        return text.substring(begin, text.indexOf("END:VEVENT", uid));
    }
}
