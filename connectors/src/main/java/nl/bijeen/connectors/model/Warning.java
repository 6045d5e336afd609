package nl.bijeen.connectors.model;

/**
 * Something a connector could not understand. Warnings never stop the rest of the document from being imported.
 *
 * @param itemRef which item it is about (UID, guid, line or position), or {@code null} for the whole document
 * @param message plain-language explanation, e.g. "VEVENT without DTSTART skipped"
 */
public record Warning(String itemRef, String message) {
}
