package nl.bijeen.web.support;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.crawl.CrawlOutcome;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.store.ActivityStore;

/**
 * A real store on a new in-memory H2 database with one source, {@value #SOURCE}, that reads the iCal agenda of an
 * {@link AgendaServer}. The scheduler is off: a test decides when to {@link #crawl()}.
 */
public final class AgendaStore implements AutoCloseable {

    public static final String SOURCE = "de-kern";

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Aggregator aggregator;

    private AgendaStore(AgendaServer agenda) {
        dataSource.setURL("jdbc:h2:mem:agenda-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        aggregator = Aggregator.start(AggregatorSettings.defaults().withoutScheduler()
                        .withFetchAllowList(List.of("127.0.0.0/8", "::1")).withMinHostDelay(Duration.ZERO), dataSource,
                List.of(new SourceDefinition(SOURCE, "De Kern", agenda.agendaUri(), "ical", Duration.ofHours(1))));
    }

    /** A new, empty store for {@code agenda}, crawled once. */
    public static AgendaStore crawled(AgendaServer agenda) {
        AgendaStore store = new AgendaStore(agenda);
        store.crawl();
        return store;
    }

    /** Crawls the agenda now; fails loudly when the crawl does not succeed, since every test relies on it. */
    public void crawl() {
        CrawlOutcome outcome = aggregator.crawlNow(SOURCE);
        if (!outcome.success()) {
            throw new IllegalStateException("crawl of the test agenda failed: " + outcome);
        }
    }

    public ActivityStore store() {
        return aggregator.store();
    }

    public JdbcDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        aggregator.close();
    }
}
