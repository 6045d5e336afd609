package nl.bijeen.connectors.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Item keys for sources that publish no id of their own. The key must stay the same across crawls, so it is a
 * hash of what identifies the item to a reader (its title and start), normalised so that whitespace and case
 * changes do not create a "new" item.
 */
public final class StableIds {

    private StableIds() {
    }

    /** "sha1:" + hex digest of the normalised parts. */
    public static String fromContent(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            String s = part == null ? "" : part.toString();
            joined.append(s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).append('\u001F');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
            return "sha1:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-1", impossible);
        }
    }
}
