package nl.bijeen.connectors.model;

/** Who organises an activity; parts are {@code null} when not published. */
public record Organiser(String name, String url, String email) {
}
