package nl.bijeen.aggregator.demo;

import java.nio.charset.StandardCharsets;

/** Writes RFC 5545 content lines: CRLF endings, folding at 75 octets without splitting a character, TEXT escaping. */
final class ICalWriter {

    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as is (dates, URIs, RRULE, GEO). */
    ICalWriter raw(String nameAndParams, String value) {
        return line(nameAndParams + ":" + value);
    }

    /** A TEXT property: backslash, semicolon, comma and newlines escaped. */
    ICalWriter text(String nameAndParams, String value) {
        return raw(nameAndParams, escape(value));
    }

    ICalWriter line(String contentLine) {
        int octets = 0;
        int i = 0;
        while (i < contentLine.length()) {
            int cp = contentLine.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value, quoted when it holds characters that would end the parameter; DQUOTE is not allowed. */
    static String paramValue(String value) {
        String v = value.replace("\"", "'");
        return v.matches(".*[:;,].*") ? "\"" + v + "\"" : v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
