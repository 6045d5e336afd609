package nl.bijeen.aggregator.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * Notices, at start, recipes that were edited since the last start. A recipe source is re-crawled with conditional
 * GETs, so without this an operator's fix of a recipe would wait until the website itself changed: the source's
 * validators are dropped and it is due at once, so its next crawl reads every page with the new recipe.
 */
public final class RecipeEdits {

    private final DataSource dataSource;

    public RecipeEdits(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** @return how many sources will be read whole because their recipe changed */
    public int forgetValidatorsOfEditedRecipes(Path recipesDir, Instant now) {
        return Transactions.inTransaction(dataSource, "checking recipes for edits", connection -> {
            int edited = 0;
            for (Map.Entry<String, String> source : recipeSources(connection).entrySet()) {
                String hash = hash(recipesDir, source.getValue());
                edited += forgetIfChanged(connection, source.getKey(), hash, now);
            }
            return edited;
        });
    }

    private static Map<String, String> recipeSources(Connection connection) throws SQLException {
        Map<String, String> recipes = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, recipe FROM source WHERE recipe IS NOT NULL ORDER BY id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                recipes.put(rs.getString(1), rs.getString(2));
            }
        }
        return recipes;
    }

    /** A changed hash also counts when none was known: a source recorded before this check existed. */
    private static int forgetIfChanged(Connection connection, String sourceId, String hash, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE source SET recipe_hash = ?, etag = NULL, last_modified = NULL,
                                  next_due_at = CASE WHEN next_due_at > ? THEN ? ELSE next_due_at END
                WHERE id = ? AND (recipe_hash IS NULL OR recipe_hash <> ?)""")) {
            update.setString(1, hash);
            Sql.setInstant(update, 2, now);
            Sql.setInstant(update, 3, now);
            update.setString(4, sourceId);
            update.setString(5, hash);
            return update.executeUpdate();
        }
    }

    /** The file's hash; a recipe that cannot be read gets the hash of nothing (its crawls fail and say why). */
    private static String hash(Path recipesDir, String recipe) {
        byte[] content;
        try {
            content = Files.readAllBytes(recipesDir.resolve(recipe + ".yml"));
        } catch (IOException | RuntimeException e) {
            content = new byte[0];
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
