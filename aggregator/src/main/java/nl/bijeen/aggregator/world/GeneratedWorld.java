package nl.bijeen.aggregator.world;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.demo.ExpectedItem;
import nl.bijeen.aggregator.source.SourceDefinition;

/**
 * A generated world ({@link WorldGenerator}): its sites and what they publish as a {@link DemoWorld} (so the demo
 * renderers serve it), the clock it is rendered with, and the ground truth of which published items are one
 * real-world activity. Immutable: {@link WorldChanges} makes the next round's world.
 *
 * @param truthOfActivity per generated activity copy (one activity on one site), the activity it is a copy of
 */
public record GeneratedWorld(WorldSpec spec, Clock clock, DemoWorld world, Map<String, String> truthOfActivity,
                             List<DemoActivity> templates) {

    public GeneratedWorld {
        truthOfActivity = Map.copyOf(truthOfActivity);
        templates = List.copyOf(templates);
    }

    public List<DemoSite> sites() {
        return world.sites();
    }

    /**
     * One source per site, pointing at its feed or agenda page under {@code base}; recipe sites name their recipe,
     * and every source names its site's wijk as default, as an operator would: items without a place of their own
     * (ongoing offers in a feed) then belong to that wijk and municipality, not to nowhere.
     */
    public List<SourceDefinition> sourceDefinitions(URI base) {
        return world.sourceDefinitions(base).stream().map(s -> new SourceDefinition(s.id(), s.name(), s.url(),
                s.format(), s.schedule(), s.recipe(), List.of(), List.of(), world.site(s.id()).orElseThrow().wijk(),
                0, null, false)).toList();
    }

    /** Every item every site publishes when served under {@code base}, with its truth, site by site. */
    public List<TruthRow> groundTruth(URI base) {
        List<TruthRow> rows = new ArrayList<>();
        for (DemoSite site : sites()) {
            for (ExpectedItem item : world.expectedItems(site.id(), clock, base)) {
                rows.add(new TruthRow(site.id(), item.itemId(), truthOfActivity.get(item.activityId()),
                        item.activityId(), item.title()));
            }
        }
        return rows;
    }

    /** The items of {@code siteId} under {@code base}. */
    public List<ExpectedItem> expectedItems(String siteId, URI base) {
        return world.expectedItems(siteId, clock, base);
    }

    /** Writes {@link #groundTruth(URI)} as JSON lines: {"site":…,"item":…,"truth":…,"activity":…,"title":…}. */
    public void writeGroundTruth(Path file, URI base) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (TruthRow row : groundTruth(base)) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("site", row.siteId());
                line.put("item", row.itemId());
                line.put("truth", row.truth());
                line.put("activity", row.activityId());
                line.put("title", row.title());
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ground truth to " + file, e);
        }
    }
}
