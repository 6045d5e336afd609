package nl.bijeen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.CrawlOutcome;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.SearchLoad;
import nl.bijeen.web.support.SearchLoad.Answer;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * Eight clients search the API and the results page without pause while the demo world is crawled for the first
 * time: every answer is whole, no total goes backwards while nothing is removed, and the crawl still
 * stores everything. Latencies are printed, not judged (speed is for the benchmarks).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchUnderLoadWhileCrawlingTest implements TestPropertyProvider {

    private static final int CLIENTS = 8;
    /** Answers measured after the crawl, for comparison. */
    private static final int QUIET_ANSWERS = 100;
    /** As many crawls at once as the scheduler runs. */
    private static final int CRAWLERS = 4;
    private static final List<String> QUERIES = List.of("", "koffie", "taalcafé", "lezen", "rijnsburg", "samen",
            "spreekuur", "repair café", "wandelen morgen", "mantelzorg");

    private final Path dataDir = TestDirs.create("bijeen-load");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Aggregator aggregator;
    @Inject
    IndexFollower follower;
    @Inject
    DataSource dataSource;

    /**
     * The scheduler is off: it would have crawled the demo world while the application started, before the clients
     * could begin. The test starts the same crawl (the same routes) once the clients are searching.
     */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DemoWorldApp.properties("load", dataDir));
        properties.put("bijeen.aggregator.crawl-enabled", "false");
        // all demo sites share one loopback host: 1 s between requests would make the crawl last 40 s
        properties.put("bijeen.aggregator.min-host-delay", "300ms");
        return properties;
    }

    @AfterAll
    void cleanUp() {
        TestDirs.delete(dataDir);
    }

    @Test
    void searchesUnderLoadAreAnsweredWholeAndNeverLoseActivitiesWhileTheWorldIsCrawled() throws Exception {
        Instant start = Instant.now();
        SearchLoad load = new SearchLoad(http, QUERIES, CLIENTS);
        List<Answer> answers;
        List<CrawlOutcome> outcomes;
        try {
            Wait.until("the clients are searching", Duration.ofSeconds(30), () -> load.count() >= CLIENTS);
            outcomes = crawlEverySite();
            Wait.until("the index holds every change", Duration.ofSeconds(60),
                    () -> follower.lastAppliedSeq() == aggregator.store().lastSeq());
        } finally {
            answers = load.stop();
        }
        Duration crawl = Duration.between(start, Instant.now());

        assertThat(outcomes).as("crawls of the demo sites").isNotEmpty().allMatch(CrawlOutcome::success);
        assertThat(answers.stream().filter(a -> a.status() != 200 || a.problem() != null).limit(5).toList())
                .as("answers that were not 200 with a whole body").isEmpty();
        // organisations may merge as more sites name them (one id retires); an activity is never removed
        assertThat(aggregator.store().changesAfter(0, Integer.MAX_VALUE)).as("activity changes during a first crawl")
                .filteredOn(Change::isActivity).noneMatch(change -> change.op() == Change.Op.REMOVE);
        assertTotalsNeverGoBackwards(answers);
        assertThat(totalsOfEverything(answers)).as("the index grew while the clients searched")
                .hasSizeGreaterThan(1);
        assertThat(finalTotalOfEverything()).as("everything the store lists is found")
                .isEqualTo(liveActivitiesInTheStore());
        LoadFigures.print(getClass().getSimpleName() + " while crawling", answers, crawl, CLIENTS);
        printTheSameLoadWithoutACrawl(QUIET_ANSWERS);
    }

    /** For comparison only: the same clients, now that nothing is being crawled. */
    private void printTheSameLoadWithoutACrawl(int count) throws InterruptedException {
        Instant start = Instant.now();
        SearchLoad quiet = new SearchLoad(http, QUERIES, CLIENTS);
        List<Answer> answers;
        try {
            Wait.until(count + " answers without a crawl", Duration.ofSeconds(60), () -> quiet.count() >= count);
        } finally {
            answers = quiet.stop();
        }
        assertThat(answers).as("answers without a crawl").allMatch(a -> a.status() == 200 && a.problem() == null);
        LoadFigures.print(getClass().getSimpleName() + " after the crawl", answers,
                Duration.between(start, Instant.now()), CLIENTS);
    }

    /** Crawls every demo site as the scheduler would, {@value #CRAWLERS} at a time, and returns the outcomes. */
    private List<CrawlOutcome> crawlEverySite() throws Exception {
        ExecutorService crawlers = Executors.newFixedThreadPool(CRAWLERS);
        try {
            List<Future<CrawlOutcome>> crawls = new ArrayList<>();
            for (SourceStatus source : aggregator.sources()) {
                crawls.add(crawlers.submit(() -> aggregator.crawlNow(source.id())));
            }
            List<CrawlOutcome> outcomes = new ArrayList<>();
            for (Future<CrawlOutcome> crawl : crawls) {
                outcomes.add(crawl.get(90, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            crawlers.shutdownNow();
        }
    }

    /**
     * Per client and query, in the order the client asked: once a query has an exact answer it never needs relaxing
     * again (a relaxed answer may count more: it asks for less), and the total of everything never falls, so no
     * activity is ever lost from the index while the crawl writes. A word query's total may fall: when a second site's
     * item joins an activity, the activity shows the more trusted site's wording, and a word only the other wording
     * had no longer matches (the demo world words cross-posted activities differently on purpose).
     */
    private static void assertTotalsNeverGoBackwards(List<Answer> answers) {
        Map<String, List<Answer>> byClientAndQuery = answers.stream().filter(a -> !a.page())
                .collect(Collectors.groupingBy(a -> a.client() + "|" + a.query()));
        byClientAndQuery.forEach((key, asked) -> {
            long lastExact = -1;
            for (Answer answer : asked) {
                boolean exact = "NONE".equals(answer.relaxed());
                assertThat(exact || lastExact < 0).as("%s: relaxed after an exact answer (%s)", key, answer).isTrue();
                if (exact && answer.query().isEmpty()) {
                    assertThat(answer.total()).as("%s: total after %d", key, lastExact).isGreaterThanOrEqualTo(lastExact);
                    lastExact = answer.total();
                } else if (exact) {
                    lastExact = answer.total();
                }
            }
        });
    }

    private static List<Long> totalsOfEverything(List<Answer> answers) {
        return answers.stream().filter(a -> !a.page() && a.query().isEmpty()).map(Answer::total).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }

    private long finalTotalOfEverything() {
        return http.toBlocking().retrieve("/api/activities", nl.bijeen.web.api.ActivitiesResponse.class).total();
    }

    private long liveActivitiesInTheStore() throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT COUNT(*) FROM activity WHERE gone_at IS NULL");
             var rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
