package nl.bijeen.web.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of the database an index was built from (its JDBC URL, hashed so that no password in the URL
 * ends up in the index folder). When Bijeen is pointed at another database, the index sees a different fingerprint
 * and rebuilds itself instead of mixing two stores.
 */
public final class StoreFingerprint {

    private StoreFingerprint() {
    }

    public static String of(String jdbcUrl) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(jdbcUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
