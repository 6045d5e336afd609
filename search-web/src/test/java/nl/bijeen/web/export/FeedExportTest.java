package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The RSS and Atom exports, read back by Rome's parser as a feed reader would. */
@MicronautTest
class FeedExportTest extends ExportFixture {

    @Test
    void rssIsAnRss2FeedWithOneItemPerActivityFound() throws Exception {
        var response = get("/export/activiteiten.rss", Map.of("q", "koffie"));

        assertThat(response.header("Content-Type")).startsWith("application/rss+xml");
        SyndFeed feed = read(response.body());
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getLanguage()).isEqualTo("nl");
        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).startsWith(COFFEE + " – ");
            assertThat(e.getLink()).isEqualTo("https://dekern.example/agenda/koffie");
            assertThat(e.getDescription().getValue()).contains("Waar: Buurthuis De Kern");
        });
    }

    @Test
    void atomIsAnAtomFeedWithPlainTextContentAndStableIds() throws Exception {
        var response = get("/export/activiteiten.atom");

        assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
        SyndFeed feed = read(response.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(3).allSatisfy(e -> {
            assertThat(e.getUri()).startsWith("urn:bijeen:activiteit:");
            assertThat(e.getDescription().getType()).isEqualTo("text");
        });
        SyndFeed again = read(get("/export/activiteiten.atom").body());
        assertThat(again.getEntries()).extracting(SyndEntry::getUri)
                .containsExactlyInAnyOrderElementsOf(feed.getEntries().stream().map(SyndEntry::getUri).toList());
    }

    @Test
    void feedLinksBackToTheSameSearchOnTheSite() throws Exception {
        SyndFeed feed = read(get("/export/activiteiten.rss", Map.of("q", "koffie drinken")).body());

        assertThat(feed.getTitle()).isEqualTo("koffie drinken – Bijeen");
        assertThat(feed.getLink()).startsWith("http").endsWith("/?q=koffie+drinken");
    }

    private static SyndFeed read(byte[] xml) throws Exception {
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
    }
}
