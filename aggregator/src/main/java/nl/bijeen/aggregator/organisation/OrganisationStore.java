package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * Read side of the organisations, for the organisation index, pages, API and exports. Reads committed data only;
 * changes of organisations are in the global change sequence ({@code ActivityStore.changesAfter}, entity
 * ORGANISATION).
 */
public class OrganisationStore {

    private static final String COLUMNS =
            "SELECT id, name, kind, activity_count, first_seen_at, updated_at, organisation_json FROM organisation ";

    private final DataSource dataSource;

    public OrganisationStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The organisation as stored now; empty when it is gone or never existed. */
    public Optional<StoredOrganisation> find(long id) {
        return Transactions.read(dataSource, "reading organisation " + id,
                connection -> query(connection, "WHERE id = ? AND gone_at IS NULL", id).stream().findFirst());
    }

    /** Every live organisation, by id. */
    public List<StoredOrganisation> live() {
        return Transactions.read(dataSource, "reading the organisations",
                connection -> query(connection, "WHERE gone_at IS NULL ORDER BY id"));
    }

    /** Live organisations with these ids, in the order asked; unknown or gone ids are left out. */
    public List<StoredOrganisation> findAll(List<Long> ids) {
        List<StoredOrganisation> found = new ArrayList<>();
        for (long id : ids) {
            find(id).ifPresent(found::add);
        }
        return found;
    }

    /** Ids of the live activities linked to an organisation, ascending. */
    public List<Long> activityIds(long organisationId) {
        return Transactions.read(dataSource, "reading the activities of organisation " + organisationId,
                connection -> longs(connection, """
                        SELECT ao.activity_id FROM activity_organisation ao JOIN activity a ON a.id = ao.activity_id
                        WHERE ao.organisation_id = ? AND a.gone_at IS NULL ORDER BY ao.activity_id""", organisationId));
    }

    /** Ids of the live organisations an activity is linked to, organisers before publishers. */
    public List<Long> organisationIds(long activityId) {
        return Transactions.read(dataSource, "reading the organisations of activity " + activityId,
                connection -> longs(connection, """
                        SELECT ao.organisation_id FROM activity_organisation ao
                        JOIN organisation o ON o.id = ao.organisation_id
                        WHERE ao.activity_id = ? AND o.gone_at IS NULL
                        ORDER BY CASE ao.role WHEN 'ORGANISER' THEN 0 ELSE 1 END, ao.organisation_id""", activityId));
    }

    /** The live mentions of an organisation (how sources name it), by source and naming. */
    public List<OrganisationMention> mentions(long organisationId) {
        return Transactions.read(dataSource, "reading the namings of organisation " + organisationId, connection -> {
            List<OrganisationMention> mentions = new ArrayList<>();
            for (MentionRows.Row row : MentionRows.liveOf(connection, List.of(organisationId))) {
                mentions.add(new OrganisationMention(row.id(), row.sourceId(), row.origin(), row.name(),
                        row.organiser().url()));
            }
            mentions.sort(java.util.Comparator.comparing(OrganisationMention::sourceId)
                    .thenComparing(OrganisationMention::name));
            return mentions;
        });
    }

    /** Live organisations whose name or one of whose other names contains {@code text} (any case), by name. */
    public List<StoredOrganisation> searchByName(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return live().stream().filter(o -> needle.isEmpty() || o.name().toLowerCase(java.util.Locale.ROOT)
                        .contains(needle) || o.otherNames().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT)
                        .contains(needle)))
                .sorted(java.util.Comparator.comparing(o -> o.name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private static List<StoredOrganisation> query(Connection connection, String where, Object... args)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + where)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<StoredOrganisation> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(OrganisationJson.read(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                            rs.getInt("activity_count"), Sql.getInstant(rs, "first_seen_at"),
                            Sql.getInstant(rs, "updated_at"), rs.getString("organisation_json")));
                }
            }
            return found;
        }
    }

    private static List<Long> longs(Connection connection, String sql, long arg) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, arg);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
