package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.bijeen.aggregator.dedupe.ClusterIds;
import nl.bijeen.aggregator.dedupe.Clustering;
import nl.bijeen.aggregator.dedupe.DedupeItem;
import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.dedupe.Deduplicator;
import nl.bijeen.aggregator.dedupe.Member;
import nl.bijeen.aggregator.dedupe.Merger;

/**
 * Brings the activities (merged source items) in line after source items changed, inside the caller's
 * transaction. It takes the touched items, every live item that could match them (same date, or both ongoing),
 * and every item of the activities involved; clusters that set again; keeps activity ids stable
 * ({@link ClusterIds}); and writes only activities whose merged content really changed — so a re-crawl that
 * changes nothing, or a regrouping that leaves an activity as it was, adds nothing to the change log.
 *
 * <p>The {@code dedupe_state} row is the store's write lock: a writer takes it ({@link #lock}) before it writes
 * any source item, so writes of concurrent crawls run one after the other, each pass seeing what the one before
 * committed. Taking it any later deadlocks: a pass also writes other sources' items (their activity), which a
 * second writer may already hold while it waits for the pass. (The change counter is locked last, by
 * {@link ChangeLog}; the order is always the same.)
 */
public final class Reclustering {

    /** Bump when matching changes in a way that should regroup existing activities on the next start. */
    private static final String ALGORITHM = "dedupe-1";

    private final Deduplicator deduplicator;
    private final String settingsKey;

    public Reclustering(DedupeSettings settings) {
        this.deduplicator = new Deduplicator(settings);
        this.settingsKey = ALGORITHM + ' ' + settings;
    }

    /**
     * Regroups around {@code touchedItems} (source items inserted, changed, gone or back in this transaction) and
     * appends the activity changes to the change log.
     */
    public DedupeResult apply(Connection connection, Collection<Long> touchedItems, Instant now) throws SQLException {
        long lastId = lock(connection);
        if (touchedItems.isEmpty()) {
            return DedupeResult.NONE;
        }
        Map<Long, DedupeInputs.Item> touched = DedupeInputs.items(connection, touchedItems);
        Set<Long> involved = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        Set<String> regions = new HashSet<>();
        boolean ongoing = false;
        for (DedupeInputs.Item item : touched.values()) {
            if (!item.gone()) {
                involved.add(item.itemId());
                DedupeItem key = DedupeItem.of(item.itemId(), item.draft());
                dates.addAll(key.starts().keySet());
                regions.addAll(key.regions());
                ongoing |= key.ongoing();
            }
        }
        involved.addAll(DedupeInputs.liveItemsOn(connection, dates, regions));
        if (ongoing) {
            involved.addAll(DedupeInputs.liveOngoingItems(connection));
        }
        return regroup(connection, involved, touched.values(), lastId, now);
    }

    /**
     * Regroups every live item, when the dedupe settings differ from those of the last full pass (or none ran
     * since the store was upgraded to activities). In its own transaction; returns null when none was due.
     */
    public DedupeResult fullPassIfDue(Connection connection, Instant now) throws SQLException {
        long lastId = lock(connection);
        if (settingsKey.equals(storedSettingsKey(connection))) {
            return null;
        }
        Set<Long> all = DedupeInputs.allLiveItems(connection);
        DedupeResult result = regroup(connection, all, List.of(), lastId, now);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dedupe_state SET settings_key = ? WHERE id = 1")) {
            update.setString(1, settingsKey);
            update.executeUpdate();
        }
        return result;
    }

    private DedupeResult regroup(Connection connection, Set<Long> involved, Collection<DedupeInputs.Item> touched,
                                 long lastId, Instant now) throws SQLException {
        Set<Long> previousActivities = new HashSet<>();
        Map<Long, DedupeInputs.Item> items = new HashMap<>();
        touched.forEach(item -> items.put(item.itemId(), item)); // read already: not read and parsed again
        Set<Long> unread = new HashSet<>(involved);
        unread.removeAll(items.keySet());
        items.putAll(DedupeInputs.items(connection, unread));
        items.values().forEach(item -> addIfPresent(previousActivities, item.activityId()));
        Set<Long> mates = DedupeInputs.liveItemsOf(connection, previousActivities);
        mates.removeAll(items.keySet());
        items.putAll(DedupeInputs.items(connection, mates));
        items.values().removeIf(DedupeInputs.Item::gone);

        List<DedupeItem> keys = new ArrayList<>(items.size());
        Map<Long, Long> previous = new HashMap<>();
        for (DedupeInputs.Item item : items.values()) {
            keys.add(DedupeItem.of(item.itemId(), item.draft()));
            if (item.activityId() != null) {
                previous.put(item.itemId(), item.activityId());
                previousActivities.add(item.activityId());
            }
        }
        Clustering clustering = deduplicator.cluster(keys, DedupeInputs.overrides(connection, items.keySet()));
        long[] next = {lastId};
        List<ClusterIds.Assigned> assigned = ClusterIds.assign(clustering.groups(), previous, () -> ++next[0]);
        DedupeResult result = write(connection, assigned, items, clustering, previousActivities, now);
        saveLastId(connection, next[0]);
        return result;
    }

    private DedupeResult write(Connection connection, List<ClusterIds.Assigned> assigned,
                               Map<Long, DedupeInputs.Item> items, Clustering clustering,
                               Set<Long> previousActivities, Instant now) throws SQLException {
        Set<Long> ids = new HashSet<>(previousActivities);
        assigned.forEach(a -> ids.add(a.activityId()));
        Map<Long, ClusterRows.Current> current = ClusterRows.current(connection, ids);
        List<Change> changes = new ArrayList<>();
        List<ClusterRows.Write> inserts = new ArrayList<>();
        List<ClusterRows.Write> updates = new ArrayList<>();
        List<ClusterRows.Assignment> assignments = new ArrayList<>();
        int merged = 0;
        for (ClusterIds.Assigned group : assigned) {
            List<Member> members = group.itemIds().stream().map(items::get)
                    .map(i -> new Member(i.itemId(), i.sourceName(), i.priority(), i.draft())).toList();
            ClusterRows.Write write = new ClusterRows.Write(group.activityId(),
                    ClusterRows.Content.of(Merger.merge(members)));
            ClusterRows.Current before = current.get(group.activityId());
            if (before == null) {
                inserts.add(write);
                changes.add(new Change(0, group.activityId(), Change.Op.INSERT));
            } else if (before.gone() || !before.contentHash().equals(write.content().hash())) {
                updates.add(write);
                changes.add(new Change(0, group.activityId(), before.gone() ? Change.Op.INSERT : Change.Op.UPDATE));
            }
            for (long itemId : group.itemIds()) {
                DedupeInputs.Item item = items.get(itemId);
                Double score = clustering.linkScore().get(itemId);
                if (!Objects.equals(item.activityId(), group.activityId()) || !Objects.equals(item.linkScore(), score)) {
                    assignments.add(new ClusterRows.Assignment(itemId, group.activityId(), score));
                }
            }
            merged += group.itemIds().size() > 1 ? 1 : 0;
            previousActivities.remove(group.activityId());
        }
        ClusterRows.insertAll(connection, inserts, now);
        ClusterRows.updateAll(connection, updates, now);
        ClusterRows.assignAll(connection, assignments);
        for (long retired : previousActivities) {
            ClusterRows.Current before = current.get(retired);
            if (before != null && !before.gone()) {
                ClusterRows.gone(connection, retired, now);
                changes.add(new Change(0, retired, Change.Op.REMOVE));
            }
        }
        ChangeLog.append(connection, changes, now);
        return DedupeResult.of(changes, merged, clustering.compared());
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /**
     * Takes the store's write lock until the transaction ends (again within one transaction is harmless); returns
     * the last activity id handed out.
     */
    public static long lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "UPDATE dedupe_state SET last_activity_id = last_activity_id WHERE id = 1")) {
            if (lock.executeUpdate() != 1) {
                throw new SQLException("dedupe_state row is missing: the store was not migrated");
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT last_activity_id FROM dedupe_state WHERE id = 1");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String storedSettingsKey(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT settings_key FROM dedupe_state WHERE id = 1");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void saveLastId(Connection connection, long lastId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dedupe_state SET last_activity_id = ? WHERE id = 1")) {
            update.setLong(1, lastId);
            update.executeUpdate();
        }
    }
}
