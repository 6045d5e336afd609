package nl.bijeen.web.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/** The people who may log in (table {@code app_user}), with their Argon2id password hashes and roles. */
@Singleton
public class Users {

    /** A user as stored; never shown with its hash. */
    public record User(String username, String passwordHash, List<String> roles, boolean disabled) {
    }

    static final int MIN_PASSWORD_LENGTH = 12;

    private final DataSource dataSource;
    private final PasswordHasher hasher;
    private final Clock clock;

    /** @param aggregator started first: it brings the store's schema (these tables too) up to date */
    public Users(DataSource dataSource, Aggregator aggregator, PasswordHasher hasher, Clock clock) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Optional<User> find(String username) {
        return Transactions.read(dataSource, "read user", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT username, password_hash, roles, disabled FROM app_user WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new User(rs.getString(1), rs.getString(2),
                            Arrays.asList(rs.getString(3).split(",")), rs.getBoolean(4))) : Optional.empty();
                }
            }
        });
    }

    /** Every user, by name (for the admin's list; hashes stay inside). */
    public List<User> all() {
        return Transactions.read(dataSource, "list users", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT username, password_hash, roles, disabled FROM app_user ORDER BY username")) {
                List<User> users = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        users.add(new User(rs.getString(1), rs.getString(2), Arrays.asList(rs.getString(3).split(",")),
                                rs.getBoolean(4)));
                    }
                }
                return users;
            }
        });
    }

    /** The user when the password is right and the account is not disabled. */
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = find(username == null ? "" : username.strip());
        if (user.isEmpty()) {
            hasher.verify(password, DUMMY); // the same work as for a real user: timing says nothing
            return Optional.empty();
        }
        return user.filter(u -> !u.disabled() && hasher.verify(password, u.passwordHash()));
    }

    /** @throws IllegalArgumentException when the password is shorter than {@value #MIN_PASSWORD_LENGTH} */
    public void create(String username, String password, List<String> roles) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String hash = hasher.hash(password);
        Transactions.inTransaction(dataSource, "create user", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO app_user (username, password_hash, roles,"
                    + " created_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, username);
                s.setString(2, hash);
                s.setString(3, String.join(",", roles));
                Sql.setInstant(s, 4, clock.instant());
                return s.executeUpdate();
            }
        });
    }

    private static final String DUMMY = new PasswordHasher().hash("not a password of anyone");
}
