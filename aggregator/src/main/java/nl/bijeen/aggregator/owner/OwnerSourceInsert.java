package nl.bijeen.aggregator.owner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import nl.bijeen.aggregator.store.Sql;

/** Writes owner rows of the {@code source} table. */
final class OwnerSourceInsert {

    /** How often an owner's source is read: as often as the usual configured source. */
    static final Duration SCHEDULE = Duration.ofHours(1);

    private OwnerSourceInsert() {
    }

    static void insert(Connection connection, String id, Registration registration, String feedKey, String tokenHash,
                       boolean approved, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO source (id, name, url, format, schedule_seconds, origin, enabled, next_due_at, owner_email,
                                    approval, owner_token_hash, owner_name, consent_at, registered_at, site_url,
                                    feed_key, preview_count, preview_warnings, verification_code)
                VALUES (?, ?, ?, ?, ?, 'owner', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, id);
            insert.setString(2, clip(registration.name(), 300));
            insert.setString(3, registration.feedUrl().toString());
            insert.setString(4, registration.format());
            insert.setLong(5, SCHEDULE.toSeconds());
            insert.setBoolean(6, approved);
            Sql.setInstant(insert, 7, now);
            insert.setString(8, clip(registration.ownerEmail(), 320));
            insert.setString(9, approved ? "approved" : "pending");
            insert.setString(10, tokenHash);
            insert.setString(11, clip(registration.ownerName(), 300));
            Sql.setInstant(insert, 12, now); // consent is given with the registration, or there is none
            Sql.setInstant(insert, 13, now);
            insert.setString(14, registration.siteUrl().toString());
            insert.setString(15, feedKey);
            insert.setInt(16, registration.previewCount());
            insert.setString(17, clip(String.join(OwnedSourceRows.SEPARATOR, registration.previewWarnings()), 4000));
            insert.setString(18, OwnerTokens.newVerificationCode());
            insert.executeUpdate();
        }
    }

    /** {@code UPDATE source SET <set> WHERE id = ? AND <condition>} with {@code values} for the set's marks. */
    static boolean update(Connection connection, String set, String condition, String id, Object... values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE source SET " + set + " WHERE id = ? AND " + condition)) {
            int i = 1;
            for (Object value : values) {
                if (value == null) {
                    update.setNull(i++, java.sql.Types.VARCHAR);
                } else if (value instanceof Instant instant) {
                    Sql.setInstant(update, i++, instant);
                } else {
                    update.setObject(i++, value);
                }
            }
            update.setString(i, id);
            return update.executeUpdate() == 1;
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
