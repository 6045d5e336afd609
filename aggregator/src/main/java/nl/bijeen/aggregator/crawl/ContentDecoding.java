package nl.bijeen.aggregator.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Undoes the Content-Encoding of a body, with the same size limit on the decoded bytes (no zip bombs). */
final class ContentDecoding {

    private ContentDecoding() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long maxBytes) throws FetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> gunzip(body, maxBytes);
            default -> throw new FetchException("De website stuurde de inhoud ingepakt op een manier die Bijeen niet kent ("
                    + contentEncoding + ").");
        };
    }

    private static byte[] gunzip(byte[] body, long maxBytes) throws FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
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
            throw new FetchException("De website stuurde een beschadigd ingepakt (gzip) bestand.", e);
        }
    }
}
