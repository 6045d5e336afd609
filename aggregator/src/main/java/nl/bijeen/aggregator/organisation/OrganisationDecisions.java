package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Reclustering;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.StoreException;
import nl.bijeen.aggregator.store.Transactions;

/**
 * What admins decide about organisations: these two are the same ("zelfde organisatie"), this naming is not that
 * organisation ("niet dezelfde"), undo a decision, correct details. Decisions are stored on mentions (so they
 * survive re-recognition) and the organisations involved are recognised again in the same transaction, so the
 * result is visible at once; every later pass respects them.
 */
public final class OrganisationDecisions {

    /** A stored decision about two mentions ({@code mentionA < mentionB}). */
    public record Decision(long mentionA, long mentionB, String kind, String decidedBy, String reason,
                           Instant decidedAt) {
    }

    private final DataSource dataSource;
    private final OrganisationPass pass;

    public OrganisationDecisions(DataSource dataSource, RecognitionSettings settings) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.pass = new OrganisationPass(settings);
    }

    /**
     * The site owner of {@code sourceId} changed what they say about their organisation ({@code source_organisation}):
     * recognised now. Only for sources that are crawled (approved or configured): a pending registration's
     * organisation must not show before an admin approved the site.
     */
    public void ownerChanged(String sourceId) {
        Transactions.inTransaction(dataSource, "taking in the organisation of " + sourceId, c -> {
            pass.sourceChanged(c, sourceId, Sql.storable(Instant.now()));
            return null;
        });
    }

    /** The two organisations are one: their first mentions are merged. */
    public void mergeOrganisations(long organisationA, long organisationB, String decidedBy, String reason) {
        Transactions.inTransaction(dataSource, "merging organisations", c -> {
            Reclustering.lock(c);
            decide(c, firstMention(c, organisationA), firstMention(c, organisationB), "MERGE", decidedBy, reason);
            return null;
        });
    }

    /** The mention is not the organisation it is in now: never the same as each of its other mentions. */
    public void splitOff(long mentionId, String decidedBy, String reason) {
        Transactions.inTransaction(dataSource, "splitting a naming off", c -> {
            Reclustering.lock(c);
            Long organisation = organisationOf(c, mentionId);
            List<Long> others = new ArrayList<>();
            if (organisation != null) {
                for (MentionRows.Row row : MentionRows.liveOf(c, List.of(organisation))) {
                    if (row.id() != mentionId) {
                        others.add(row.id());
                    }
                }
            }
            for (long other : others) {
                write(c, mentionId, other, "NEVER", decidedBy, reason);
            }
            others.add(mentionId);
            pass.recogniseAgain(c, others, Sql.storable(Instant.now()));
            return null;
        });
    }

    /** Forgets the decision about the two mentions; they are recognised as the signals say again. */
    public void undo(long mentionA, long mentionB) {
        Transactions.inTransaction(dataSource, "undoing an organisation decision", c -> {
            Reclustering.lock(c);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM organisation_override WHERE mention_a = ? AND mention_b = ?")) {
                delete.setLong(1, Math.min(mentionA, mentionB));
                delete.setLong(2, Math.max(mentionA, mentionB));
                delete.executeUpdate();
            }
            pass.recogniseAgain(c, List.of(mentionA, mentionB), Sql.storable(Instant.now()));
            return null;
        });
    }

    /** Corrects the organisation's details; the corrections are kept on its first mention and win from now on. */
    public void correct(long organisationId, OrganisationEdit edit, String editedBy) {
        Transactions.inTransaction(dataSource, "correcting organisation " + organisationId, c -> {
            Reclustering.lock(c); // the store's write lock first, as every writer takes it: no deadlock with a crawl
            long mention = firstMention(c, organisationId);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM organisation_edit WHERE mention_id = ?")) {
                delete.setLong(1, mention);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO organisation_edit (mention_id, edit_json, edited_by, edited_at) VALUES (?, ?, ?, ?)""")) {
                insert.setLong(1, mention);
                insert.setString(2, edit.toJson());
                insert.setString(3, editedBy);
                Sql.setInstant(insert, 4, Sql.storable(Instant.now()));
                insert.executeUpdate();
            }
            pass.recogniseAgain(c, List.of(mention), Sql.storable(Instant.now()));
            return null;
        });
    }

    /** The decisions about the mentions of an organisation, newest first. */
    public List<Decision> decisions(long organisationId) {
        return Transactions.read(dataSource, "reading the decisions about organisation " + organisationId, c -> {
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT o.mention_a, o.mention_b, o.decision, o.decided_by, o.reason, o.decided_at
                    FROM organisation_override o WHERE o.mention_a IN (SELECT id FROM organisation_mention
                    WHERE organisation_id = ?) OR o.mention_b IN (SELECT id FROM organisation_mention
                    WHERE organisation_id = ?) ORDER BY o.decided_at DESC, o.mention_a, o.mention_b""")) {
                query.setLong(1, organisationId);
                query.setLong(2, organisationId);
                List<Decision> decisions = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        decisions.add(new Decision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Sql.getInstant(rs, "decided_at")));
                    }
                }
                return decisions;
            }
        });
    }

    private void decide(Connection c, long a, long b, String kind, String by, String reason) throws SQLException {
        write(c, a, b, kind, by, reason);
        pass.recogniseAgain(c, List.of(a, b), Sql.storable(Instant.now()));
    }

    private static void write(Connection c, long a, long b, String kind, String by, String reason)
            throws SQLException {
        if (a == b) {
            throw new StoreException("a naming cannot be decided about against itself", null);
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM organisation_override WHERE mention_a = ? AND mention_b = ?")) {
            delete.setLong(1, Math.min(a, b));
            delete.setLong(2, Math.max(a, b));
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO organisation_override (mention_a, mention_b, decision, decided_by, reason, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, Math.min(a, b));
            insert.setLong(2, Math.max(a, b));
            insert.setString(3, kind);
            insert.setString(4, by);
            insert.setString(5, reason);
            Sql.setInstant(insert, 6, Sql.storable(Instant.now()));
            insert.executeUpdate();
        }
    }

    /** The organisation's oldest live mention: where decisions and corrections about it are kept. */
    private static long firstMention(Connection c, long organisationId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT MIN(id) FROM organisation_mention WHERE organisation_id = ? AND gone_at IS NULL")) {
            query.setLong(1, organisationId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new StoreException("organisation " + organisationId + " has no live naming", null);
                }
                return id;
            }
        }
    }

    private static Long organisationOf(Connection c, long mentionId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT organisation_id FROM organisation_mention WHERE id = ?")) {
            query.setLong(1, mentionId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Sql.getNullableLong(rs, "organisation_id") : null;
            }
        }
    }
}
