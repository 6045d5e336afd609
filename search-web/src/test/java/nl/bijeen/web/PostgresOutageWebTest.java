package nl.bijeen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.support.PrivatePostgres;
import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.api.ActivityJson;
import nl.bijeen.web.support.AgendaApp;

/**
 * The application on a PostgreSQL of the test's own, which goes away: searches are answered from the index all
 * through the outage, and once the database is back the index follower takes in what was written after it.
 */
@MicronautTest
class PostgresOutageWebTest extends AgendaApp {

    /** Searches during the outage go on at least this long (and at least {@value #SEARCHES} times). */
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    private static final int SEARCHES = 20;

    private PrivatePostgres cluster;
    @Inject
    ApplicationContext application;

    PostgresOutageWebTest() {
        super("pg-outage");
    }

    @Override
    public Map<String, String> getProperties() {
        cluster = PrivatePostgres.startOrSkip(getClass());
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.url", cluster.createDatabase("bijeen"));
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "");
        return properties;
    }

    /**
     * The application first: with the database gone, its index follower would wait out the pool's 30 s connection
     * timeout before it could stop. (Micronaut's own close after this finds it closed.)
     */
    @AfterAll
    void stopApplicationThenCluster() {
        if (application != null && application.isRunning()) {
            application.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void searchesAreAnsweredWhilePostgresIsDownAndTheIndexTakesInWhatIsWrittenAfterwards() {
        cluster.stop();
        int served = searchWhileDown();
        cluster.start();

        agenda.publish(fixture(), "Koffie-inloop na de storing");
        crawlAndWaitForIndex();

        assertThat(titlesFound("storing")).containsExactly("Koffie-inloop na de storing");
        System.out.printf("%s: %d searches answered while PostgreSQL was down%n", getClass().getSimpleName(), served);
    }

    @Test
    void theIndexTakesInWhatIsWrittenRightAfterAFastRestartOfPostgres() {
        cluster.restartFast();

        agenda.publish(fixture(), "Koffie-inloop na de herstart");
        crawlAndWaitForIndex();

        assertThat(titlesFound("herstart")).containsExactly("Koffie-inloop na de herstart");
        assertThat(titlesFound("klaverjassen")).containsExactly(CARDS);
    }

    /** Searches the API and the page until the outage has lasted long enough; each answer must be whole. */
    private int searchWhileDown() {
        Instant end = Instant.now().plus(OUTAGE);
        int served = 0;
        while (served < SEARCHES || Instant.now().isBefore(end)) {
            assertThat(titlesFound("klaverjassen")).as("search %d during the outage", served).containsExactly(CARDS);
            HttpResponse<byte[]> page = get("/", Map.of("q", "klaverjassen"));
            assertThat(page.code()).as("the results page during the outage").isEqualTo(200);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains(CARDS);
            served++;
        }
        return served;
    }

    private List<String> titlesFound(String q) {
        String uri = UriBuilder.of("/api/activities").queryParam("q", q).build().toString();
        return http.toBlocking().retrieve(uri, ActivitiesResponse.class).activities().stream()
                .map(ActivityJson::title).toList();
    }
}
