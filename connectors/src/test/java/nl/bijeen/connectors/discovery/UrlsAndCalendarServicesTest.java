package nl.bijeen.connectors.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class UrlsAndCalendarServicesTest {

    @Test
    void sameFeedWrittenDifferentlyHasOneKey() {
        assertThat(UrlKey.of(URI.create("https://WWW.Buurt.nl:443/agenda.ics?utm_source=x&id=3#maart")))
                .isEqualTo(UrlKey.of(URI.create("http://www.buurt.nl/agenda.ics?id=3")))
                .isEqualTo("www.buurt.nl/agenda.ics?id=3");
        assertThat(UrlKey.of(URI.create("https://www.buurt.nl/feed/?fbclid=abc")))
                .isEqualTo(UrlKey.of(URI.create("https://www.buurt.nl/feed")));
        assertThat(UrlKey.of(URI.create("https://www.buurt.nl/feed?cat=3")))
                .isNotEqualTo(UrlKey.of(URI.create("https://www.buurt.nl/feed?cat=4")));
    }

    @Test
    void cleanedUrlKeepsMeaningfulParametersOnly() {
        assertThat(UrlKey.cleaned(URI.create("https://www.buurt.nl/events/?ical=1&utm_medium=email&gclid=9#top")))
                .isEqualTo(URI.create("https://www.buurt.nl/events/?ical=1"));
    }

    @Test
    void googleEmbedIdIsReadPlainOrInBase64() {
        assertThat(CalendarServices.calendarId("wijk@gmail.com")).isEqualTo("wijk@gmail.com");
        assertThat(CalendarServices.calendarId("d2lqa3Jpam5zb2V2ZXJAZ21haWwuY29t")).isEqualTo("wijkrijnsoever@gmail.com");
        assertThat(CalendarServices.googleIcal("abc123@group.calendar.google.com")).isEqualTo(URI.create(
                "https://calendar.google.com/calendar/ical/abc123%40group.calendar.google.com/public/basic.ics"));
    }

    @Test
    void outlookHtmlViewPointsToItsIcsNeighbour() {
        assertThat(CalendarServices.icalFor(URI.create(
                "https://outlook.live.com/owa/calendar/00000000-0000-0000-0000-000000000000/1a2b3c/cid-ABC/calendar.html"),
                null))
                .extracting(Proposal::url)
                .containsExactly(URI.create(
                        "https://outlook.live.com/owa/calendar/00000000-0000-0000-0000-000000000000/1a2b3c/cid-ABC/calendar.ics"));
    }
}
