package nl.bijeen.web.town;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/** The admin-written text and contacts of the Over de stad pages (tables town_page and town_contact, V17). */
@Singleton
public class TownPageStore {

    private final DataSource dataSource;

    public TownPageStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The page's text and contacts; {@link TownText#NONE} when nobody wrote it. */
    public TownText read(String pageKey) {
        return Transactions.read(dataSource, "reading the page text of " + pageKey, connection -> {
            List<Contact> contacts = contacts(connection, pageKey);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT body_markdown, edited_by, edited_at FROM town_page WHERE page_key = ?")) {
                query.setString(1, pageKey);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? new TownText(rs.getString("body_markdown"), contacts,
                            rs.getString("edited_by"), Sql.getInstant(rs, "edited_at"))
                            : new TownText("", contacts, null, null);
                }
            }
        });
    }

    /** Replaces the page's text and contacts in one transaction. */
    public void save(String pageKey, String markdown, List<Contact> contacts, String who, Instant at) {
        Transactions.inTransaction(dataSource, "saving the page text of " + pageKey, connection -> {
            delete(connection, "DELETE FROM town_page WHERE page_key = ?", pageKey);
            delete(connection, "DELETE FROM town_contact WHERE page_key = ?", pageKey);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO town_page (page_key, body_markdown, edited_by, edited_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, pageKey);
                insert.setString(2, markdown);
                insert.setString(3, who);
                Sql.setInstant(insert, 4, at);
                insert.executeUpdate();
            }
            insertContacts(connection, pageKey, contacts);
            return null;
        });
    }

    private static void insertContacts(Connection connection, String pageKey, List<Contact> contacts)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO town_contact (page_key, line_no,"
                + " name, role, phone, email, website, organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int line = 1;
            for (Contact c : contacts) {
                insert.setString(1, pageKey);
                insert.setInt(2, line++);
                insert.setString(3, c.name());
                insert.setString(4, c.role());
                insert.setString(5, c.phone());
                insert.setString(6, c.email());
                insert.setString(7, c.website());
                if (c.organisationId() == null) {
                    insert.setNull(8, Types.BIGINT);
                } else {
                    insert.setLong(8, c.organisationId());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Contact> contacts(Connection connection, String pageKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT name, role, phone, email, website,"
                + " organisation_id FROM town_contact WHERE page_key = ? ORDER BY line_no")) {
            query.setString(1, pageKey);
            List<Contact> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new Contact(rs.getString("name"), rs.getString("role"), rs.getString("phone"),
                            rs.getString("email"), rs.getString("website"), Sql.getNullableLong(rs,
                            "organisation_id")));
                }
            }
            return found;
        }
    }

    private static void delete(Connection connection, String sql, String pageKey) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, pageKey);
            delete.executeUpdate();
        }
    }
}
