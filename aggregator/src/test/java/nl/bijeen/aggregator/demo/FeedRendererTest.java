package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FeedRendererTest {

    @Test
    void rssIsWellFormedAndTitlesSurviveEscaping() throws Exception {
        Document rss = SecureXml.parse(SmallWorld.render("/nieuws/feed.xml"));
        Element channel = SecureXml.children(rss.getDocumentElement(), null, "channel").get(0);
        assertThat(SecureXml.text(channel, null, "title")).as("the publisher's name").isEqualTo("Buren & Co");
        List<Element> items = SecureXml.children(channel, null, "item");
        assertThat(items).extracting(i -> SecureXml.text(i, null, "title"))
                .containsExactly("Koffie-ochtend bij Els & Co", "Boodschappenhulp", "Sjoelen");
    }

    @Test
    void rssItemCarriesTheNextDateInEventElementsAndInDutchText() throws Exception {
        Element koffie = rssItems().get(0);
        assertThat(SecureXml.text(koffie, SecureXml.EV, "startdate")).isEqualTo("2026-11-24T10:00:00+01:00");
        assertThat(SecureXml.text(koffie, SecureXml.EV, "enddate")).isEqualTo("2026-11-24T12:00:00+01:00");
        assertThat(SecureXml.text(koffie, SecureXml.EV, "location"))
                .isEqualTo("Buurthuis \"De Kern\", Westerbaan 92, 2222 AH Katwijk");
        assertThat(SecureXml.text(koffie, null, "description"))
                .contains("<strong>Dinsdag 24 november, 10.00–12.00 uur (elke dinsdag)</strong>")
                .contains("crème brûlée en € 2,50");
        assertThat(SecureXml.text(koffie, null, "guid")).isEqualTo("urn:bijeen-demo:nieuws:koffie");
        Element enclosure = SecureXml.children(koffie, null, "enclosure").get(0);
        assertThat(enclosure.getAttribute("url")).isEqualTo("http://127.0.0.1:8099/img/ontmoeten.svg");
        assertThat(Long.parseLong(enclosure.getAttribute("length"))).isEqualTo(
                SmallWorld.render("/img/ontmoeten.svg").length);
    }

    @Test
    void rssChannelDescribesItsPublisherAndItemsNameTheirOrganiser() throws Exception {
        Document rss = SecureXml.parse(SmallWorld.render("/nieuws/feed.xml"));
        Element channel = SecureXml.children(rss.getDocumentElement(), null, "channel").get(0);
        assertThat(SecureXml.text(channel, null, "link")).isEqualTo("http://127.0.0.1:8099/nieuws/");
        Element image = SecureXml.children(channel, null, "image").get(0);
        assertThat(SecureXml.text(image, null, "url")).isEqualTo("http://127.0.0.1:8099/logos/buren.svg");
        assertThat(SecureXml.children(channel, null, "managingEditor")).as("Buren & Co has no e-mail").isEmpty();
        assertThat(rssItems()).extracting(i -> SecureXml.text(i, SecureXml.EV, "organizer"))
                .containsExactly("Stichting \"Kal\"; Test, Katwijk", "Buren & Co", "Stichting \"Kal\"; Test, Katwijk");
    }

    @Test
    void atomFeedHasItsPublisherAsAuthorAndEntriesByOthersTheirOwn() throws Exception {
        Element feed = SecureXml.parse(SmallWorld.render("/atoom/atom.xml")).getDocumentElement();
        Element author = SecureXml.children(feed, SecureXml.ATOM, "author").get(0);
        assertThat(SecureXml.text(author, SecureXml.ATOM, "name")).isEqualTo("Atoom");
        assertThat(SecureXml.text(author, SecureXml.ATOM, "email")).isEqualTo("atoom@example.org");
        assertThat(SecureXml.text(feed, SecureXml.ATOM, "logo")).isEqualTo("http://127.0.0.1:8099/logos/atoom.svg");
        List<Element> entries = SecureXml.children(feed, SecureXml.ATOM, "entry");
        Element koffieAuthor = SecureXml.children(entries.get(0), SecureXml.ATOM, "author").get(0);
        assertThat(SecureXml.text(koffieAuthor, SecureXml.ATOM, "email")).isEqualTo("kal@example.org");
        Element hulpAuthor = SecureXml.children(entries.get(1), SecureXml.ATOM, "author").get(0);
        assertThat(SecureXml.text(hulpAuthor, SecureXml.ATOM, "name")).isEqualTo("Buren & Co");
        assertThat(SecureXml.text(hulpAuthor, SecureXml.ATOM, "uri")).isEqualTo("https://buren.example");
    }

    @Test
    void ongoingRssItemHasNoDate() throws Exception {
        Element hulp = rssItems().get(1);
        assertThat(SecureXml.children(hulp, SecureXml.EV, "startdate")).isEmpty();
        assertThat(SecureXml.text(hulp, null, "description")).doesNotContain(" uur").doesNotContain("november");
    }

    @Test
    void atomIsWellFormedWithDutchDateInSummaryAndEventElements() throws Exception {
        Document atom = SecureXml.parse(SmallWorld.render("/atoom/atom.xml"));
        Element feed = atom.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(SecureXml.ATOM);
        assertThat(SecureXml.text(feed, SecureXml.ATOM, "title")).isEqualTo("Atoom 'n Zo");
        List<Element> entries = SecureXml.children(feed, SecureXml.ATOM, "entry");
        assertThat(entries).extracting(e -> SecureXml.text(e, SecureXml.ATOM, "title"))
                .containsExactly(SmallWorld.KOFFIE_TITLE, "Boodschappenhulp");
        Element koffie = entries.get(0);
        assertThat(SecureXml.text(koffie, SecureXml.ATOM, "summary"))
                .startsWith("Dinsdag 24 november, 10.00–12.00 uur (elke dinsdag). Regel één");
        assertThat(SecureXml.text(koffie, SecureXml.EV, "startdate")).isEqualTo("2026-11-24T10:00:00+01:00");
        assertThat(SecureXml.text(koffie, SecureXml.ATOM, "id")).isEqualTo("urn:bijeen-demo:atoom:koffie");
        assertThat(SecureXml.children(entries.get(1), SecureXml.EV, "startdate")).isEmpty();
    }

    private static List<Element> rssItems() throws Exception {
        Document rss = SecureXml.parse(SmallWorld.render("/nieuws/feed.xml"));
        Element channel = SecureXml.children(rss.getDocumentElement(), null, "channel").get(0);
        return SecureXml.children(channel, null, "item");
    }
}
