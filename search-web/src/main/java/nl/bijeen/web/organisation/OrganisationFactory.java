package nl.bijeen.web.organisation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.organisation.OrganisationDecisions;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.RecognitionSettings;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.config.IndexProperties;
import nl.bijeen.web.index.StoreFingerprint;
import nl.bijeen.web.organisation.index.OrganisationDocuments;
import nl.bijeen.web.organisation.index.OrganisationFollower;
import nl.bijeen.web.organisation.index.OrganisationIndex;
import nl.bijeen.web.organisation.search.OrganisationLabels;
import nl.bijeen.web.organisation.search.OrganisationSearch;
import nl.bijeen.web.role.Role;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.web.TaxonomyLabels;

/** Wires the organisation store, index, its follower and the directory search into the application. */
@Factory
public class OrganisationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationFactory.class);

    /** The read side of the organisations, on the application's database. */
    @Singleton
    OrganisationStore organisationStore(DataSource dataSource) {
        return new OrganisationStore(dataSource);
    }

    /** The admin's and site owners' changes to organisations, recognised at once with the operator's rules. */
    @Singleton
    OrganisationDecisions organisationDecisions(DataSource dataSource, BijeenProperties bijeen) {
        return new OrganisationDecisions(dataSource, RecognitionSettings.fromConfigDir(bijeen.configPath()));
    }

    /**
     * Beside the activity index ({@code <bijeen.index.dir>-organisaties}), not inside it: a Lucene folder is best
     * left to one index. Emptied (and so rebuilt) when built from another database or document layout.
     */
    @Singleton
    @Bean(preDestroy = "close")
    OrganisationIndex organisationIndex(IndexProperties settings,
                                        @Value("${datasources.default.url}") String jdbcUrl) throws IOException {
        Path dir = directory(settings.path());
        OrganisationIndex index = OrganisationIndex.open(dir);
        if (index.claimFor(StoreFingerprint.of(jdbcUrl) + "-organisations-" + OrganisationDocuments.LAYOUT)) {
            LOG.warn("The organisation index in {} was built from another database or by an older version of "
                    + "Bijeen; it is rebuilt from this database", dir.toAbsolutePath());
        }
        return index;
    }

    /** Eager, like the activity index follower; not on a crawler node, which keeps no index. */
    @Context
    @Requires(property = Role.PROPERTY, notEquals = "crawler")
    @Bean(preDestroy = "close")
    OrganisationFollower organisationFollower(OrganisationIndex index, Aggregator aggregator,
                                              OrganisationStore organisations, IndexProperties settings) {
        OrganisationFollower follower = new OrganisationFollower(index, aggregator.store(), organisations,
                settings.batchSize());
        follower.start(settings.pollInterval());
        return follower;
    }

    @Singleton
    OrganisationSearch organisationSearch(OrganisationIndex index, TaxonomyLabels taxonomy, ActivitySearch activities) {
        return new OrganisationSearch(index, new OrganisationLabels(taxonomy::theme,
                code -> taxonomy.audiences(List.of(code)).getFirst(), activities::wijkName));
    }

    static Path directory(Path activityIndex) {
        Path absolute = activityIndex.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-organisaties");
    }
}
