package nl.bijeen.connectors.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DocumentType;
import org.jsoup.parser.Parser;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;

/**
 * Turns a feed's bytes into Rome's model, forgiving what real publishers get wrong, each time with a warning:
 * a charset declaration that does not match the bytes, a public DOCTYPE (RSS 0.91's Netscape DTD), and XML that
 * is not well-formed (an unclosed tag mid-item), which is repaired by a lenient XML parser. A DOCTYPE with an
 * internal subset (entity declarations) is refused outright: that is how XML entity attacks are delivered.
 */
final class FeedReader {

    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>]*\\[", Pattern.CASE_INSENSITIVE);

    private FeedReader() {
    }

    static SyndFeed read(Document document, Consumer<Warning> warnings) throws ConnectorException {
        String head = new String(document.body(), 0, Math.min(document.body().length, 512), StandardCharsets.ISO_8859_1);
        if (INTERNAL_SUBSET.matcher(head).find()) {
            return strict(document);
        }
        String text = decode(document, head, warnings);
        if (text == null) {
            text = asRomeReadsIt(document);
        }
        Matcher doctype = DOCTYPE.matcher(text);
        if (doctype.find()) {
            text = doctype.replaceFirst("");
            warnings.accept(new Warning(null, "the feed declares a DOCTYPE: it was ignored"));
        }
        try {
            return build(text);
        } catch (FeedException | IllegalArgumentException notWellFormed) {
            return repaired(document, text, notWellFormed, warnings);
        }
    }

    /**
     * The text when the bytes disagree with the declared charset (a "UTF-8" feed in Windows-1252, an
     * "ISO-8859-1" feed in UTF-8); null when they agree, so that Rome's XmlReader decides as usual.
     */
    private static String decode(Document document, String head, Consumer<Warning> warnings) {
        Matcher declared = DECLARED.matcher(head);
        String name = declared.find() ? declared.group(1).toUpperCase(Locale.ROOT) : "UTF-8";
        boolean validUtf8 = isValidUtf8(document.body());
        if (name.equals("UTF-8") && !validUtf8) {
            warnings.accept(new Warning(null, "the feed says it is UTF-8 but is not: it was read as Windows-1252"));
            return new String(document.body(), Charset.forName("windows-1252"));
        }
        if (!name.startsWith("UTF") && validUtf8 && hasMultiByte(document.body())) {
            warnings.accept(new Warning(null, "the feed says it is " + name + " but is UTF-8: it was read as UTF-8"));
            return new String(document.body(), StandardCharsets.UTF_8);
        }
        return null;
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean hasMultiByte(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static SyndFeed build(String text) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true); // the RSS channel's managingEditor and webMaster, for the publisher
        return input.build(new StringReader(text.replaceFirst("^\uFEFF", "").strip()));
    }

    /** The text in the charset from the Content-Type, the XML declaration or the BOM (Rome's lenient XmlReader). */
    private static String asRomeReadsIt(Document document) throws ConnectorException {
        try (XmlReader reader = document.contentType() == null
                ? new XmlReader(new ByteArrayInputStream(document.body()), true)
                : new XmlReader(new ByteArrayInputStream(document.body()), document.contentType(), true)) {
            java.io.StringWriter out = new java.io.StringWriter();
            reader.transferTo(out);
            return out.toString();
        } catch (IOException unreadable) {
            throw new ConnectorException(document.url(), "not a readable RSS or Atom feed: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    private static SyndFeed strict(Document document) throws ConnectorException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true); // the RSS channel's managingEditor and webMaster, for the publisher
        try (XmlReader reader = document.contentType() == null
                ? new XmlReader(new ByteArrayInputStream(document.body()), true)
                : new XmlReader(new ByteArrayInputStream(document.body()), document.contentType(), true)) {
            return input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException unreadable) {
            throw new ConnectorException(document.url(), "not a readable RSS or Atom feed: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    /** Not well-formed: let jsoup's forgiving XML parser close what was left open, then read that. */
    private static SyndFeed repaired(Document document, String text, Exception cause, Consumer<Warning> warnings)
            throws ConnectorException {
        org.jsoup.nodes.Document lenient = Jsoup.parse(text, document.url().toString(), Parser.xmlParser());
        lenient.childNodes().stream().filter(n -> n instanceof DocumentType).toList().forEach(org.jsoup.nodes.Node::remove);
        lenient.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .charset(StandardCharsets.UTF_8);
        dropUnfinishedLastItem(lenient, text, warnings);
        try {
            SyndFeed feed = build(lenient.outerHtml());
            warnings.accept(new Warning(null, "the feed is not well-formed XML (" + firstLine(cause.getMessage())
                    + "): it was repaired, check its items"));
            return feed;
        } catch (FeedException | IllegalArgumentException stillBroken) {
            throw new ConnectorException(document.url(), "not a readable RSS or Atom feed: " + cause.getMessage(), cause);
        }
    }

    /**
     * A download cut off mid-item leaves a last item whose title or text stops halfway ("Kinderd"): the repair
     * would publish it as if it were whole. Like a calendar cut off mid-event, it is skipped with a warning.
     */
    private static void dropUnfinishedLastItem(org.jsoup.nodes.Document lenient, String text, Consumer<Warning> warnings) {
        for (String tag : List.of("item", "entry")) {
            int open = lastStartTag(text, tag);
            if (open >= 0 && text.indexOf("</" + tag + ">", open) < 0) {
                var items = lenient.getElementsByTag(tag);
                if (!items.isEmpty()) {
                    items.last().remove();
                    warnings.accept(new Warning(null, "the feed stops in the middle of its last " + tag
                            + ": that " + tag + " was skipped"));
                }
                return;
            }
        }
    }

    /** Index of the last {@code <tag>} or {@code <tag attr…>} start tag (not {@code <tags>}), or -1. */
    private static int lastStartTag(String text, String tag) {
        int at = text.length();
        while ((at = text.lastIndexOf("<" + tag, at - 1)) >= 0) {
            int next = at + tag.length() + 1;
            if (next >= text.length() || text.charAt(next) == '>' || Character.isWhitespace(text.charAt(next))
                    || text.charAt(next) == '/') {
                return at;
            }
        }
        return -1;
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : List.of(message.split("\n")).getFirst();
    }
}
