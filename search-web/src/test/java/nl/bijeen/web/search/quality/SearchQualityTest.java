package nl.bijeen.web.search.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoVariant;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.TestDirs;

/**
 * Realistic resident queries (search-quality/resident-queries.txt) over the demo world, crawled by the real
 * aggregator into H2 and indexed, as the run command does. Prints every query with its top five and the share that
 * passes, and holds a floor, so a change to the analysis that helps one query but hurts others shows.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQualityTest implements TestPropertyProvider {

    /** The share of queries whose expected activities must be in the top five. */
    private static final double FLOOR = 0.90;
    private static final int TOP = 5;

    private final Path dataDir = TestDirs.create("bijeen-quality");
    private final String configDir = DemoWorldApp.configDir();

    @Inject
    ActivitySearch search;
    @Inject
    Aggregator aggregator;
    @Inject
    IndexFollower follower;

    @Override
    public Map<String, String> getProperties() {
        return DemoWorldApp.properties("quality", dataDir);
    }

    @AfterAll
    void cleanUp() {
        TestDirs.delete(dataDir);
    }

    @Test
    void residentQueriesFindTheExpectedDemoActivitiesInTheTopFive() {
        waitUntilEveryDemoSiteIsCrawledAndIndexed();
        Map<String, String> idByTitle = demoIdsByTitle();
        List<ResidentQuery> queries = ResidentQuery.load();
        List<String> failing = new ArrayList<>();

        for (ResidentQuery q : queries) {
            var result = search.search(q.query(), TOP);
            List<String> top = result.activities().stream()
                    .map(a -> idByTitle.getOrDefault(key(a.title()), "?" + a.title())).toList();
            boolean ok = q.passes(top);
            System.out.printf("%s %-55s %s %s%s -> %s%n", ok ? "PASS" : "FAIL", q.query(), result.filters().stream()
                    .map(f -> f.kind() + ":" + f.label()).toList(), result.relaxed(),
                    result.text().isBlank() ? "" : " text=[" + result.text() + "]", top);
            if (!ok) {
                failing.add("line " + q.line() + ": " + q.query() + " (expected " + (q.anyOf() ? "any of " : "")
                        + q.expectedIds() + ", top 5 " + top + ")");
            }
        }
        int passed = queries.size() - failing.size();
        System.out.printf("Search quality: %d of %d resident queries pass (%.0f %%)%n", passed, queries.size(),
                100.0 * passed / queries.size());
        failing.forEach(f -> System.out.println("  failing " + f));

        assertThat(queries).as("the fixture has enough queries").hasSizeGreaterThanOrEqualTo(60);
        assertThat((double) passed / queries.size()).as("share of passing queries; failing: %s", failing)
                .isGreaterThanOrEqualTo(FLOOR);
    }

    /** Every title the demo world gives an activity (its own and each site's variant) to the activity's id. */
    private Map<String, String> demoIdsByTitle() {
        Map<String, String> byTitle = new HashMap<>();
        for (DemoActivity a : DemoWorld.load(Path.of(configDir)).activities()) {
            byTitle.put(key(a.title()), a.id());
            for (DemoVariant v : a.variants().values()) {
                if (v.title() != null) {
                    byTitle.put(key(v.title()), a.id());
                }
            }
        }
        return byTitle;
    }

    private static String key(String title) {
        return title.replaceFirst("^GEANNULEERD: ", "").strip().toLowerCase(Locale.ROOT);
    }

    private void waitUntilEveryDemoSiteIsCrawledAndIndexed() {
        DemoWorldApp.awaitCrawled(aggregator, follower);
    }
}
