package nl.bijeen.aggregator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoFormat;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoSiteRenderer;
import nl.bijeen.connectors.geo.AreaMap;

class WorldGeneratorTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/");

    @Test
    void theSameSeedGivesTheSameBytesAndTheSameGroundTruth(@TempDir Path dir) throws IOException {
        GeneratedWorld one = Worlds.generate(12, 600, 42, Worlds.NOVEMBER);
        GeneratedWorld two = Worlds.generate(12, 600, 42, Worlds.NOVEMBER);
        GeneratedWorld other = Worlds.generate(12, 600, 43, Worlds.NOVEMBER);

        assertThat(documents(two)).isEqualTo(documents(one));
        one.writeGroundTruth(dir.resolve("one.jsonl"), BASE);
        two.writeGroundTruth(dir.resolve("two.jsonl"), BASE);
        assertThat(Files.readAllLines(dir.resolve("two.jsonl"))).isNotEmpty()
                .isEqualTo(Files.readAllLines(dir.resolve("one.jsonl")));
        assertThat(documents(other)).as("another seed, another world").isNotEqualTo(documents(one));
    }

    @Test
    void everyPublishedItemIsInExactlyOneGroupAndActivitiesAreCrossPosted() {
        GeneratedWorld world = Worlds.generate(40, 2_000, 7, Worlds.NOVEMBER);

        List<TruthRow> rows = world.groundTruth(BASE);
        assertThat(rows).hasSizeBetween(1_900, 2_100);
        assertThat(rows).allSatisfy(r -> assertThat(r.truth()).as(r.itemId()).isNotNull());
        Set<String> items = new HashSet<>();
        rows.forEach(r -> assertThat(items.add(r.siteId() + " " + r.itemId())).as(r.itemId() + " twice").isTrue());
        Map<String, Long> sizes = rows.stream().collect(Collectors.groupingBy(TruthRow::truth, Collectors.counting()));
        assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 4L));
        assertThat(sizes.values().stream().filter(n -> n > 1).count()).as("cross-posted activities")
                .isGreaterThan(sizes.size() / 4);
        Map<String, Long> wordings = rows.stream().collect(Collectors.groupingBy(TruthRow::truth,
                Collectors.mapping(TruthRow::title, Collectors.collectingAndThen(Collectors.toSet(),
                        s -> (long) s.size()))));
        assertThat(wordings.values().stream().filter(n -> n > 1).count()).as("cross-posts worded differently")
                .isGreaterThan(sizes.values().stream().filter(n -> n > 1).count() / 3);
    }

    @Test
    void sitesUseEveryFormatAndSpreadOverRealMunicipalities() {
        GeneratedWorld world = Worlds.generate(60, 3_000, 7, Worlds.NOVEMBER);

        assertThat(world.sites()).extracting(DemoSite::format).containsAll(List.of(DemoFormat.values()));
        assertThat(world.sites().stream().map(s -> s.wijk().substring(2, 6)).distinct().count())
                .isEqualTo(60 / WorldGenerator.SITES_PER_AREA);
        assertThat(world.world().publications(world.sites().getFirst())).isNotEmpty();
    }

    @Test
    void placesLieInsideTheRealWijkTheyAreSaidToBeIn() throws IOException {
        GeneratedWorld world = Worlds.generate(20, 1_000, 3, Worlds.NOVEMBER);
        AreaMap national = AreaMap.load(Worlds.CONFIG.resolve("geo/cbs-wijken-2024.geojson"), null);

        List<DemoActivity> activities = world.world().activities();
        List<String> outside = new ArrayList<>();
        for (DemoActivity a : activities) {
            String at = national.wijkAt(a.place().latitude(), a.place().longitude()).map(w -> w.code()).orElse("-");
            if (!at.equals(a.place().wijk())) {
                outside.add(a.id() + " " + a.place().wijk() + " at " + at);
            }
        }
        // Only the copies whose map pin a site put 30–80 m off may fall across a wijk border.
        assertThat(outside.size()).as(outside.toString()).isLessThan(activities.size() / 50);
    }

    /** Every document of every site, rendered as the server would, by path. */
    private static Map<String, String> documents(GeneratedWorld world) {
        DemoSiteRenderer renderer = new DemoSiteRenderer(world.world());
        Map<String, String> documents = new java.util.TreeMap<>();
        for (DemoSite site : world.sites()) {
            renderer.render(site.feedUrlPath(), BASE, world.clock()).ifPresent(doc -> documents.put(
                    site.feedUrlPath(), new String(doc.body(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return documents;
    }
}
