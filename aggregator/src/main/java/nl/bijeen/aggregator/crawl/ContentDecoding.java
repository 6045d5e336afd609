package nl.bijeen.aggregator.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Undoes the Content-Encoding of a body, with the same size limit on the decoded bytes (no zip bombs). */
final class ContentDecoding {

    private ContentDecoding() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long maxBytes) throws FetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> unpack(body, maxBytes, "gzip");
            case "deflate" -> unpack(body, maxBytes, "deflate");
            default -> throw new FetchException("De website stuurde de inhoud ingepakt op een manier die Bijeen niet kent ("
                    + contentEncoding + ").");
        };
    }

    private static byte[] unpack(byte[] body, long maxBytes, String format) throws FetchException {
        ByteArrayInputStream packed = new ByteArrayInputStream(body);
        try (InputStream in = format.equals("gzip") ? new GZIPInputStream(packed) : new InflaterInputStream(packed)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                out.write(chunk, 0, n);
                if (out.size() > maxBytes) {
                    throw new FetchException(FailureMessages.tooLarge(maxBytes));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException("De website stuurde een beschadigd ingepakt (" + format + ") bestand.", e);
        }
    }
}
