package nl.bijeen.aggregator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.demo.DemoFormat;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.connectors.html.recipe.RecipeBook;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.spi.Connectors;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.PageLoader;
import nl.bijeen.connectors.spi.SourceSettings;

/** A generated world served over loopback and read by the real connectors, site by site, format by format. */
class WorldConnectorsTest {

    private static final Connectors CONNECTORS =
            Connectors.standard(new RecipeBook(Worlds.CONFIG.resolve("recipes")));

    /** An ongoing offer whose text says how often but not on which day is rightly told to its site owner. */
    private static final String ONGOING_WARNING = "says how often but not on which day: no dates could be made";

    @Test
    void everyFormatOfAGeneratedWorldParsesToTheItemsTheGeneratorSaysItPublished() throws Exception {
        GeneratedWorld world = Worlds.generate(30, 1_500, 11, Worlds.NOVEMBER);
        Map<String, String> problems = new TreeMap<>();
        Map<DemoFormat, Integer> itemsPerFormat = new TreeMap<>();
        try (WorldServer server = WorldServer.start(world); HttpClient http = HttpClient.newHttpClient()) {
            for (DemoSite site : world.sites()) {
                ParseResult result = fetchAndParse(http, server.baseUri(), site, world);
                Map<String, String> expected = world.expectedItems(site.id(), server.baseUri()).stream()
                        .collect(Collectors.toMap(i -> i.itemId(), i -> i.title()));
                Map<String, String> read = result.activities().stream()
                        .collect(Collectors.toMap(ActivityDraft::sourceItemId, ActivityDraft::title));
                if (!read.equals(expected)) {
                    problems.put(site.id() + " (" + site.format() + ")", "read " + difference(read, expected)
                            + ", expected " + difference(expected, read));
                }
                itemsPerFormat.merge(site.format(), read.size(), Integer::sum);
                result.warnings().stream().filter(w -> !w.message().endsWith(ONGOING_WARNING)).findFirst()
                        .ifPresent(w -> problems.put(site.id() + " (" + site.format() + ") warns",
                                w.itemRef() + ": " + w.message()));
            }
        }
        assertThat(problems).as("sites whose items the connectors read otherwise than published").isEmpty();
        assertThat(itemsPerFormat.keySet()).containsExactlyInAnyOrder(DemoFormat.values());
        assertThat(itemsPerFormat.values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    private static ParseResult fetchAndParse(HttpClient http, URI base, DemoSite site, GeneratedWorld world)
            throws Exception {
        URI url = DemoWorld.feedUri(base, site);
        Document document = load(http, url);
        SourceSettings settings = new SourceSettings(site.id(), site.format().connectorFormat(), null,
                SourceSettings.DEFAULT_HORIZON, world.clock().instant(), site.format().recipe(), pages(http));
        return CONNECTORS.parse(document, settings);
    }

    /** Further list pages and detail pages over the same loopback; any status but 200 is an error. */
    private static PageLoader pages(HttpClient http) {
        return url -> load(http, url);
    }

    private static Document load(HttpClient http, URI url) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + url);
            }
            return new Document(url, response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The entries of {@code a} that {@code b} does not have, for a readable message. */
    private static List<String> difference(Map<String, String> a, Map<String, String> b) {
        List<String> missing = new ArrayList<>();
        a.forEach((id, title) -> {
            if (!title.equals(b.get(id))) {
                missing.add(id + "=" + title);
            }
        });
        return missing.stream().limit(4).toList();
    }

}
