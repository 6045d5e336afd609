package nl.bijeen.aggregator.owner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of a registration: the management link's token (256 random bits; only its SHA-256 is stored, so a
 * copy of the database opens no management page) and the ownership verification code (public by design: the owner
 * puts it on the site).
 */
public final class OwnerTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerTokens() {
    }

    /** A new token, safe in a URL path. */
    public static String newToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    public static String newVerificationCode() {
        return "bijeen-" + HexFormat.of().formatHex(bytes(16));
    }

    /** A short random suffix that keeps owner source ids apart. */
    static String newIdSuffix() {
        return HexFormat.of().formatHex(bytes(4));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
