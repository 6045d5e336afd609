package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.bijeen.aggregator.dedupe.ClusterIds;
import nl.bijeen.aggregator.dedupe.Overrides;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.ChangeLog;
import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Reclustering;
import nl.bijeen.connectors.classify.OrganisationKinds;
import nl.bijeen.connectors.model.Organiser;

/**
 * Brings organisations in line after a crawl or an admin decision, inside the caller's transaction and under the
 * store's write lock ({@link Reclustering#lock}), so passes of parallel crawls and of several nodes run one after
 * the other. Around the mentions that changed it takes only those that could be the same organisation (sharing a
 * block key) and the other mentions of the organisations involved — never all mentions — recognises that set
 * again ({@link Recogniser}), keeps organisation ids stable ({@link ClusterIds}: an organisation keeps the id most of
 * its mentions had), relinks the activities involved and rewrites only organisations whose content changed, each
 * with an ORGANISATION entry in the change log.
 */
public final class OrganisationPass {

    private record Regrouped(Set<Long> organisations, Set<String> sources) {
    }

    private final RecognitionSettings settings;
    private final MentionSync mentions;
    private final ActivityLinks links;
    private final OrganisationWriter writer;

    public OrganisationPass(RecognitionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mentions = new MentionSync(settings);
        this.links = new ActivityLinks(mentions);
        this.writer = new OrganisationWriter(new OrganisationMerger(new OrganisationKinds(settings.kindWords())));
    }

    /**
     * After a successful crawl of {@code sourceId} stored its items and activities (the activity changes logged
     * after {@code seqBefore}): stores its publisher ({@code null}: the source names none now), updates its
     * mentions, and regroups and rewrites what that touched. A crawl that changed no item, kept its publisher and
     * has no newer owner registration is done at once: re-crawls of an unchanged world stay cheap.
     *
     * @param publisherKnown false for a "not modified" answer, which says nothing about the publisher
     * @param itemsChanged   whether the crawl inserted, changed or removed an item of the source
     */
    public void afterCrawl(Connection connection, String sourceId, Organiser publisher, boolean publisherKnown,
                           boolean itemsChanged, long seqBefore, Instant now) throws SQLException {
        Reclustering.lock(connection);
        String publisherJson = DraftJson.writeOrganiserJson(publisher);
        boolean publisherChanged = publisherKnown && !Objects.equals(publisherJson, PassQueries.storedPublisher(connection,
                sourceId));
        if (!itemsChanged && !publisherChanged && !PassQueries.ownerRegistrationPending(connection, sourceId)) {
            return;
        }
        if (publisherChanged) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE source SET publisher_json = ? WHERE id = ?")) {
                update.setString(1, publisherJson);
                update.setString(2, sourceId);
                update.executeUpdate();
            }
        }
        List<Long> touched = mentions.sync(connection, sourceId, now);
        run(connection, touched, PassQueries.activitiesChangedAfter(connection, seqBefore), now);
    }

    /**
     * Brings one source's namings up to date now, without a crawl: its site owner changed (or removed) what they
     * said about their organisation, and the directory should show it at once rather than after the next crawl.
     */
    public void sourceChanged(Connection connection, String sourceId, Instant now) throws SQLException {
        Reclustering.lock(connection);
        run(connection, mentions.sync(connection, sourceId, now), Set.of(), now);
    }

    /** Recognises these mentions again (after an admin decision about them), with all they may join or leave. */
    public void recogniseAgain(Connection connection, Collection<Long> mentionIds, Instant now) throws SQLException {
        Reclustering.lock(connection);
        run(connection, mentionIds, Set.of(), now);
    }

    /** Recognises every live mention again: after the recognition rules or the admin's decisions changed wholesale. */
    public void fullPass(Connection connection, Instant now) throws SQLException {
        Reclustering.lock(connection);
        run(connection, MentionRows.allLive(connection), Set.of(), now);
    }

    private void run(Connection connection, Collection<Long> touched, Set<Long> activities, Instant now)
            throws SQLException {
        Set<Long> organisations = new HashSet<>();
        Set<Long> relink = new HashSet<>(activities);
        if (!touched.isEmpty()) {
            Regrouped regrouped = regroup(connection, touched);
            organisations.addAll(regrouped.organisations());
            relink.addAll(PassQueries.liveActivitiesOfSources(connection, regrouped.sources()));
            relink.addAll(PassQueries.linkedActivities(connection, regrouped.organisations()));
        }
        if (relink.isEmpty() && organisations.isEmpty()) {
            return;
        }
        organisations.addAll(links.relink(connection, relink));
        organisations.addAll(PassQueries.linkedOrganisations(connection, relink)); // their counts and themes may have moved
        List<Change> changes = writer.write(connection, organisations, now);
        ChangeLog.append(connection, changes, now);
    }

    private Regrouped regroup(Connection connection, Collection<Long> touched) throws SQLException {
        List<MentionRows.Row> seeds = MentionRows.byIds(connection, touched);
        Set<Long> candidates = new HashSet<>();
        Set<Long> previousOrganisations = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (MentionRows.Row seed : seeds) {
            sources.add(seed.sourceId());
            if (seed.organisationId() != null) {
                previousOrganisations.add(seed.organisationId());
            }
            if (!seed.gone()) {
                candidates.add(seed.id());
            }
        }
        candidates.addAll(MentionRows.neighbours(connection, candidates));
        Map<Long, MentionRows.Row> set = new HashMap<>();
        MentionRows.byIds(connection, candidates).forEach(row -> set.put(row.id(), row));
        set.values().forEach(row -> addIfPresent(previousOrganisations, row.organisationId()));
        MentionRows.liveOf(connection, previousOrganisations).forEach(row -> set.put(row.id(), row));
        Overrides overrides = MentionOverrides.among(connection, set.keySet());
        Set<Long> partners = new HashSet<>();
        overrides.merge().forEach(p -> partners.addAll(List.of(p.a(), p.b())));
        partners.removeAll(set.keySet());
        if (!partners.isEmpty()) { // a merged mention belongs in the pass even when no block key brings it
            for (MentionRows.Row row : MentionRows.byIds(connection, partners)) {
                set.put(row.id(), row);
                addIfPresent(previousOrganisations, row.organisationId());
            }
            MentionRows.liveOf(connection, previousOrganisations).forEach(row -> set.put(row.id(), row));
            overrides = MentionOverrides.among(connection, set.keySet());
        }
        set.values().removeIf(MentionRows.Row::gone);

        List<Naming> namings = new ArrayList<>();
        Map<Long, Long> previous = new HashMap<>();
        for (MentionRows.Row row : set.values()) {
            namings.add(Naming.of(row.id(), row.organiser(), settings));
            addIfPresent(previous, row.id(), row.organisationId());
        }
        List<List<Long>> groups = Recogniser.recognise(namings, overrides);
        long[] next = {PassQueries.lastOrganisationId(connection)};
        List<long[]> moved = new ArrayList<>();
        Set<Long> organisations = new HashSet<>(previousOrganisations);
        for (ClusterIds.Assigned group : ClusterIds.assign(groups, previous, () -> ++next[0])) {
            organisations.add(group.activityId());
            for (long mention : group.itemIds()) {
                if (!Objects.equals(previous.get(mention), group.activityId())) {
                    moved.add(new long[] {mention, group.activityId()});
                    sources.add(set.get(mention).sourceId());
                }
            }
        }
        MentionRows.assign(connection, moved);
        return new Regrouped(organisations, sources);
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static void addIfPresent(Map<Long, Long> map, long key, Long value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
