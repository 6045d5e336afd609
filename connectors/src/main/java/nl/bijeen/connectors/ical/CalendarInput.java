package nl.bijeen.connectors.ical;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.Document;

/**
 * The calendar's bytes as text iCal4j's lexer accepts, repairing what real producers get wrong before it sees
 * them: a byte order mark, Latin-1 bytes in a file served as UTF-8, lowercase BEGIN/END lines, and calendars
 * that never write END:VEVENT (each event then ends where the next begins). Line endings are left to the
 * relaxed unfolding reader, which takes CRLF, LF and a mix of both.
 */
final class CalendarInput {

    /** Windows-1252 is what "Latin-1" exporters (old Outlook, Excel macros, PHP on Windows) really write. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern BEGIN_OR_END = Pattern.compile("(?im)^(begin|end)[ \\t]*:[ \\t]*([a-z-]+)[ \\t]*$");
    private static final Pattern BEGIN_EVENT = Pattern.compile("(?m)^BEGIN:VEVENT\\r?$");

    private CalendarInput() {
    }

    static String read(Document document, Consumer<Warning> warnings) {
        String text = decode(document, warnings);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = upperCaseComponentLines(text);
        return closeUnendedEvents(text, warnings);
    }

    private static String decode(Document document, Consumer<Warning> warnings) {
        Charset declared = document.charset();
        try {
            return declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(document.body())).toString();
        } catch (CharacterCodingException notThatCharset) {
            if (!declared.equals(StandardCharsets.UTF_8)) {
                return new String(document.body(), declared);
            }
            warnings.accept(new Warning(null, "the calendar is not valid UTF-8: it is read as Latin-1 (Windows-1252),"
                    + " so accented letters may differ from what the publisher meant"));
            return new String(document.body(), WINDOWS_1252);
        }
    }

    private static String upperCaseComponentLines(String text) {
        Matcher m = BEGIN_OR_END.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).toUpperCase(Locale.ROOT) + ":"
                    + m.group(2).toUpperCase(Locale.ROOT)));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Some hand-written exporters open every VEVENT and close none. Only when there is no END:VEVENT at all is this
     * repaired; a calendar that closes its events but breaks off inside one is a cut-off download, and its
     * unfinished last event is better dropped than guessed (the reader reports that case).
     */
    private static String closeUnendedEvents(String text, Consumer<Warning> warnings) {
        if (!BEGIN_EVENT.matcher(text).find() || text.toUpperCase(Locale.ROOT).contains("END:VEVENT")) {
            return text;
        }
        warnings.accept(new Warning(null, "the calendar never closes its events (no END:VEVENT): each event is taken"
                + " to end where the next one begins"));
        StringBuilder out = new StringBuilder(text.length() + 64);
        Deque<String> open = new ArrayDeque<>();
        for (String line : text.split("\\r?\\n|\\r")) {
            // A folded continuation line starts with white space and is never a BEGIN or END line.
            String upper = line.stripTrailing().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VEVENT") || upper.equals("END:VCALENDAR")) {
                closeAll(open, out);
            }
            if (upper.startsWith("BEGIN:") && !upper.equals("BEGIN:VCALENDAR")) {
                open.push(upper.substring(6));
            } else if (upper.startsWith("END:") && upper.substring(4).equals(open.peek())) {
                open.pop();
            }
            out.append(line).append("\r\n");
        }
        closeAll(open, out);
        if (!text.toUpperCase(Locale.ROOT).contains("END:VCALENDAR")) {
            out.append("END:VCALENDAR\r\n");
        }
        return out.toString();
    }

    /** Ends the open event and what is open inside it (an alarm), innermost first. */
    private static void closeAll(Deque<String> open, StringBuilder out) {
        while (!open.isEmpty()) {
            out.append("END:").append(open.pop()).append("\r\n");
        }
    }
}
