package nl.bijeen.web.search;

/**
 * One autocomplete suggestion.
 *
 * @param text  what to put in the search box
 * @param type  "wijk", "thema", "titel" or "organisator"
 * @param value for wijk and thema: the code or id to filter on directly; null otherwise
 */
public record Suggestion(String text, String type, String value) {
}
