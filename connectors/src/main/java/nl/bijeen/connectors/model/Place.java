package nl.bijeen.connectors.model;

/**
 * Where an activity takes place. Any part may be {@code null} when the source does not publish it.
 *
 * @param name      e.g. "Buurthuis De Kern"
 * @param address   street, house number, postcode and town as one line
 * @param latitude  WGS84, or {@code null}
 * @param longitude WGS84, or {@code null}
 */
public record Place(String name, String address, Double latitude, Double longitude) {

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
