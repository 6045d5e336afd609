package nl.bijeen.web.wijkwebsites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** What residents read about a website: its kind of publication and when it was last updated. */
class SiteWordsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aSourceOnAutoIsJudgedByItsAddress() {
        assertThat(SiteWords.publishes("auto", URI.create("https://a.nl/agenda.ics"))).isEqualTo("agenda (iCal)");
        assertThat(SiteWords.publishes("auto", URI.create("https://a.nl/feed/"))).isEqualTo("nieuwsfeed");
        assertThat(SiteWords.publishes("auto", URI.create("https://a.nl/activiteiten"))).isEqualTo("webpagina");
        assertThat(SiteWords.publishes("feed", URI.create("https://a.nl/x"))).isEqualTo("nieuwsfeed");
        assertThat(SiteWords.publishes("recipe", URI.create("https://a.nl/x"))).isEqualTo("webpagina");
    }

    @Test
    void lastUpdateInRelativeWordsWithTheDate() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Instant yesterday = today.minusDays(1).atTime(15, 0).atZone(AMSTERDAM).toInstant();
        Instant earlier = today.minusDays(5).atTime(9, 0).atZone(AMSTERDAM).toInstant();

        assertThat(SiteWords.updated(yesterday, today, AMSTERDAM)).isEqualTo("gisteren bijgewerkt (23 november 2026)");
        assertThat(SiteWords.updated(earlier, today, AMSTERDAM)).isEqualTo("5 dagen geleden bijgewerkt (19 november 2026)");
        assertThat(SiteWords.updated(null, today, AMSTERDAM)).isEqualTo("nog niet bijgewerkt");
    }

    @Test
    void theSitesAddressAsPeopleSayIt() {
        assertThat(SiteWords.shortAddress(URI.create("https://www.buurthuis.nl/"))).isEqualTo("buurthuis.nl");
        assertThat(SiteWords.shortAddress(URI.create("https://buurthuis.nl/agenda"))).isEqualTo("buurthuis.nl/agenda");
    }
}
