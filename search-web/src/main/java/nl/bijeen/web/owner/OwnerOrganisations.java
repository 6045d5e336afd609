package nl.bijeen.web.owner;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.model.Organiser;

/**
 * What a site owner says about the organisation behind their site, in table {@code source_organisation} (V15) as
 * organiser JSON. The organisation recognition reads it as the source's OWNER mention at its next crawl, and trusts
 * it above what the feed says.
 */
@Singleton
public class OwnerOrganisations {

    private final DataSource dataSource;

    public OwnerOrganisations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Organiser> find(String sourceId) {
        return Transactions.read(dataSource, "reading the organisation of " + sourceId, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT organiser_json FROM source_organisation WHERE source_id = ?")) {
                query.setString(1, sourceId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(DraftJson.readOrganiserJson(rs.getString(1)))
                            : Optional.<Organiser>empty();
                }
            }
        });
    }

    /** Stores (or replaces) the source's organisation; {@code null} removes it. */
    public void save(String sourceId, Organiser organiser, String enteredBy, Instant at) {
        Transactions.inTransaction(dataSource, "saving the organisation of " + sourceId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM source_organisation WHERE source_id = ?")) {
                delete.setString(1, sourceId);
                delete.executeUpdate();
            }
            if (organiser != null) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO source_organisation"
                        + " (source_id, organiser_json, entered_by, entered_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, sourceId);
                    insert.setString(2, DraftJson.writeOrganiserJson(organiser));
                    insert.setString(3, enteredBy);
                    Sql.setInstant(insert, 4, at);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }
}
