package nl.bijeen.aggregator.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting wrapper around {@link XMLStreamWriter}, which does the escaping of text and attributes.
 * Attributes are given as name/value pairs; names may carry a prefix already bound on the root element.
 */
final class XmlOut {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private int depth;

    XmlOut() {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot create an XML writer", e);
        }
    }

    XmlOut open(String name, String... attributes) {
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
        });
    }

    XmlOut close() {
        return run(() -> {
            depth--;
            indent();
            xml.writeEndElement();
        });
    }

    /** An element with text content; skipped when the text is {@code null}. */
    XmlOut text(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
        });
    }

    XmlOut empty(String name, String... attributes) {
        return run(() -> {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    byte[] finish() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        });
        return bytes.toByteArray();
    }

    private void attributes(String[] nameValues) throws XMLStreamException {
        for (int i = 0; i < nameValues.length; i += 2) {
            xml.writeAttribute(nameValues[i], nameValues[i + 1]);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private XmlOut run(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
