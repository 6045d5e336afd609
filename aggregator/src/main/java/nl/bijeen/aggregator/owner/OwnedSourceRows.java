package nl.bijeen.aggregator.owner;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.bijeen.aggregator.store.Sql;

/** Reads owner rows of the {@code source} table. */
final class OwnedSourceRows {

    /** Warnings and taxonomy ids are stored joined by this (a line break: neither contains one). */
    static final String SEPARATOR = "\n";

    private OwnedSourceRows() {
    }

    static Optional<OwnedSource> one(Connection connection, String where, String parameter) throws SQLException {
        List<OwnedSource> found = list(connection, where, parameter);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    static List<OwnedSource> list(Connection connection, String where, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM source WHERE origin = 'owner' AND " + where + " ORDER BY registered_at, id")) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            List<OwnedSource> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    private static OwnedSource row(ResultSet rs) throws SQLException {
        String site = rs.getString("site_url");
        return new OwnedSource(rs.getString("id"), rs.getString("name"), URI.create(rs.getString("url")),
                site == null ? null : URI.create(site), rs.getString("format"),
                OwnedSource.Approval.of(rs.getString("approval")), rs.getString("owner_name"),
                rs.getString("owner_email"), Sql.getInstant(rs, "registered_at"),
                (Integer) rs.getObject("preview_count", Integer.class), split(rs.getString("preview_warnings")),
                rs.getString("decision_reason"), rs.getString("verification_code"),
                Sql.getInstant(rs, "verified_at"), Sql.getInstant(rs, "removed_at"), rs.getBoolean("paused"),
                Sql.getInstant(rs, "last_attempt_at"), Sql.getInstant(rs, "last_success_at"),
                rs.getString("last_error"), rs.getInt("item_count"), rs.getString("parked_reason"),
                ids(rs.getString("default_audiences")), ids(rs.getString("default_themes")),
                rs.getString("default_wijk"));
    }

    static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(SEPARATOR));
    }

    /** Taxonomy ids as the source table keeps them (joined by ',', see V6). */
    static List<String> ids(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
