package nl.bijeen.web.organisation;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;

import jakarta.inject.Inject;

import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.support.OrganisationRows;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.organisation.index.OrganisationFollower;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.AgendaApp;
import nl.bijeen.web.support.Wait;

/**
 * The whole application over De Kern's crawled agenda ({@link AgendaApp}) with the {@link SocialMap} organisations
 * written into its store as the recognition would write them (instead of those the crawl recognised), Buurthuis De Kern linked to every crawled activity:
 * pages and exports of the directory can be tested before (and independently of) how sources are recognised.
 * Subclasses carry {@code @MicronautTest}.
 */
public abstract class SocialMapApp extends AgendaApp {

    @Inject
    protected DataSource dataSource;
    @Inject
    protected OrganisationFollower organisationFollower;
    @Inject
    protected ActivitySearch activitySearch;

    protected SocialMapApp(String name) {
        super(name);
    }

    @BeforeAll
    void storeTheSocialMap() {
        // the crawl's own recognition made organisations of the agenda's organisers; the social map replaces them
        new OrganisationStore(dataSource).live().forEach(o -> OrganisationRows.remove(dataSource, o.id()));
        List<Long> activities = activitySearch.search("", 100).activities().stream().map(IndexedActivity::id)
                .toList();
        for (StoredOrganisation o : SocialMap.ALL) {
            OrganisationRows.put(dataSource, o, o == SocialMap.BUURTHUIS ? activities : List.of());
        }
        long target = aggregator.store().lastSeq();
        Wait.until("the organisation index has applied change " + target, Duration.ofSeconds(20),
                () -> organisationFollower.lastAppliedSeq() >= target);
    }
}
