package nl.bijeen.web.town;

import java.time.Instant;
import java.util.List;

/**
 * What an admin wrote for one page: the Markdown text and the key contacts.
 *
 * @param markdown "" when nobody wrote a text
 * @param editedBy null when nobody edited the page
 */
public record TownText(String markdown, List<Contact> contacts, String editedBy, Instant editedAt) {

    static final TownText NONE = new TownText("", List.of(), null, null);

    public TownText {
        markdown = markdown == null ? "" : markdown;
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
