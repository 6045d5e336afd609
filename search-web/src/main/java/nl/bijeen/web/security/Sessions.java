package nl.bijeen.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.web.config.SecurityProperties;

/**
 * Server-side login sessions in the store (table {@code web_session}), so every web node knows them and a logout
 * or an expiry holds everywhere at once. The cookie carries 256 random bits; the table only their SHA-256.
 */
@Singleton
public class Sessions {

    /** A live session: whose it is, their roles, and the hash that identifies it (CSRF tokens are bound to it). */
    public record Session(String idHash, String username, java.util.List<String> roles) {
    }

    /** Writing last_seen_at on every request costs a write per page; once a minute is precise enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final SecurityProperties settings;
    private final SecureRandom random = new SecureRandom();

    public Sessions(DataSource dataSource, Aggregator aggregator, Clock clock, SecurityProperties settings) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts a session; returns the cookie value (never stored). */
    public String start(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Transactions.inTransaction(dataSource, "start session", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO web_session (id_hash, username, created_at, last_seen_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, hash(id));
                s.setString(2, username);
                Sql.setInstant(s, 3, now);
                Sql.setInstant(s, 4, now);
                return s.executeUpdate();
            }
        });
        return id;
    }

    /** The session of this cookie value, if it exists and has not run out (then it is removed). */
    public Optional<Session> find(String cookieValue) {
        if (cookieValue == null || cookieValue.length() != 43) {
            return Optional.empty();
        }
        String idHash = hash(cookieValue);
        Instant now = clock.instant();
        return Transactions.inTransaction(dataSource, "find session", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT s.username, u.roles, s.created_at, s.last_seen_at"
                    + " FROM web_session s JOIN app_user u ON u.username = s.username"
                    + " WHERE s.id_hash = ? AND u.disabled = FALSE")) {
                s.setString(1, idHash);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Session>empty();
                    }
                    Instant created = Sql.getInstant(rs, "created_at");
                    Instant lastSeen = Sql.getInstant(rs, "last_seen_at");
                    if (now.isAfter(lastSeen.plus(settings.sessionIdle()))
                            || now.isAfter(created.plus(settings.sessionMax()))) {
                        delete(c, idHash);
                        return Optional.<Session>empty();
                    }
                    if (now.isAfter(lastSeen.plus(TOUCH_EVERY))) {
                        touch(c, idHash, now);
                    }
                    return Optional.of(new Session(idHash, rs.getString("username"),
                            java.util.List.of(rs.getString("roles").split(","))));
                }
            }
        });
    }

    public void end(String cookieValue) {
        if (cookieValue != null) {
            Transactions.inTransaction(dataSource, "end session", c -> delete(c, hash(cookieValue)));
        }
    }

    private static int delete(java.sql.Connection c, String idHash) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE id_hash = ?")) {
            s.setString(1, idHash);
            return s.executeUpdate();
        }
    }

    private static void touch(java.sql.Connection c, String idHash, Instant now) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE web_session SET last_seen_at = ? WHERE id_hash = ?")) {
            Sql.setInstant(s, 1, now);
            s.setString(2, idHash);
            s.executeUpdate();
        }
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
