package nl.bijeen.aggregator.owner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.store.ActivitySync;
import nl.bijeen.aggregator.store.Reclustering;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * The life of a source a site owner registered: pending until an admin approves it (or at once with
 * auto-approval), then crawled like any other; the owner pauses, resumes, sets defaults, proves ownership or
 * removes it through the management link. Only approved, enabled rows are ever claimed by the scheduler.
 */
public final class OwnerSources {

    /** The outcome of a registration: the new source with its management token, or the source already known. */
    public record Registered(OwnedSource source, String token, boolean duplicate) {
    }

    private static final String LIVE = "removed_at IS NULL";

    private final DataSource dataSource;
    private final ActivitySync withdrawal;

    public OwnerSources(DataSource dataSource, DedupeSettings dedupe) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        // K does not matter here: a removal confirms every absence at once
        this.withdrawal = new ActivitySync(1, dedupe);
    }

    /** Registers the source as pending (approved when {@code approveAtOnce}); a known feed is not added twice. */
    public Registered register(Registration registration, boolean approveAtOnce, Instant now) {
        String key = FeedKey.of(registration.feedUrl());
        return Transactions.inTransaction(dataSource, "registering a site owner's source", connection -> {
            // The store's write lock makes "is it known? then add it" one step: two registrations of one feed at
            // the same moment would otherwise both find nothing. (A unique index cannot do it: a removed source's
            // feed may be registered again, and H2 has no partial indexes.)
            Reclustering.lock(connection);
            Optional<OwnedSource> known = known(connection, key);
            if (known.isPresent()) {
                return new Registered(known.get(), null, true);
            }
            String id = newId(registration.name());
            String token = OwnerTokens.newToken();
            OwnerSourceInsert.insert(connection, id, registration, key, OwnerTokens.hash(token), approveAtOnce,
                    Sql.storable(now));
            return new Registered(OwnedSourceRows.one(connection, "id = ?", id).orElseThrow(), token, false);
        });
    }

    /** The live source registered for this feed address (by any owner, or in the configuration), if any. */
    public Optional<OwnedSource> known(java.net.URI feedUrl) {
        return Transactions.read(dataSource, "looking up a feed", c -> known(c, FeedKey.of(feedUrl)));
    }

    /** True when a source from config/sources.yml already follows this address (its key is computed here). */
    public boolean configured(java.net.URI feedUrl) {
        String key = FeedKey.of(feedUrl);
        return Transactions.read(dataSource, "looking up configured sources", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT url FROM source WHERE origin = 'config' AND enabled = TRUE");
                 var rs = query.executeQuery()) {
                while (rs.next()) {
                    if (FeedKey.of(java.net.URI.create(rs.getString(1))).equals(key)) {
                        return true;
                    }
                }
                return false;
            }
        });
    }

    public Optional<OwnedSource> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Transactions.read(dataSource, "reading an owner's source",
                c -> OwnedSourceRows.one(c, "owner_token_hash = ? AND " + LIVE, OwnerTokens.hash(token)));
    }

    public Optional<OwnedSource> byId(String id) {
        return Transactions.read(dataSource, "reading source " + id, c -> OwnedSourceRows.one(c, "id = ?", id));
    }

    /** Registrations waiting for an admin, oldest first. */
    public List<OwnedSource> pending() {
        return Transactions.read(dataSource, "reading pending registrations",
                c -> OwnedSourceRows.list(c, "approval = 'pending' AND " + LIVE, null));
    }

    /** Approves a pending registration: enabled and due now. False when it was not pending. */
    public boolean approve(String id, Instant now) {
        return update("approval = 'approved', enabled = TRUE, decision_reason = NULL, next_due_at = ?",
                "approval = 'pending'", id, Sql.storable(now));
    }

    /** Rejects a pending registration with the admin's reason (shown to the owner). False when it was not pending. */
    public boolean reject(String id, String reason) {
        return update("approval = 'rejected', enabled = FALSE, decision_reason = ?", "approval = 'pending'", id,
                reason);
    }

    public boolean pause(String id, boolean paused) {
        return update("paused = ?", "TRUE", id, paused);
    }

    /** The owner's defaults for activities that name no audience, theme or wijk themselves (taxonomy ids). */
    public boolean defaults(String id, List<String> audiences, List<String> themes, String wijk) {
        return update("default_audiences = ?, default_themes = ?, default_wijk = ?", "TRUE", id,
                join(audiences), join(themes), wijk == null || wijk.isBlank() ? null : wijk);
    }

    /** A new verification code for the owner to put on the site (the old one no longer proves anything). */
    public boolean verificationCode(String id, String code) {
        return update("verification_code = ?", "TRUE", id, code);
    }

    public boolean verified(String id, Instant now) {
        return update("verified_at = ?", "TRUE", id, Sql.storable(now));
    }

    /**
     * The owner removes the source: never crawled again, and every item it published is gone at once (so the
     * overview drops its activities through the change log), but the rows stay for the history.
     */
    public boolean remove(String id, Instant now) {
        Instant at = Sql.storable(now);
        return Transactions.inTransaction(dataSource, "removing source " + id, connection -> {
            if (!OwnerSourceInsert.update(connection, "removed_at = ?, enabled = FALSE", "origin = 'owner' AND "
                    + LIVE, id, at)) {
                return false;
            }
            withdrawal.apply(connection, id, List.of(), at, true);
            return true;
        });
    }

    private boolean update(String set, String condition, String id, Object... values) {
        return Transactions.inTransaction(dataSource, "changing source " + id, connection ->
                OwnerSourceInsert.update(connection, set, "origin = 'owner' AND " + LIVE + " AND " + condition, id,
                        values));
    }

    private static Optional<OwnedSource> known(Connection connection, String key) throws SQLException {
        return OwnedSourceRows.one(connection, "feed_key = ? AND " + LIVE, key);
    }

    private static String newId(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        return "eigenaar-" + (slug.isEmpty() ? "" : slug + "-") + OwnerTokens.newIdSuffix();
    }

    private static String join(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids);
    }
}
