package nl.bijeen.connectors.model;

/**
 * Where an activity takes place. Any part may be {@code null} when the source does not publish it.
 *
 * @param name      e.g. "Buurthuis De Kern"
 * @param address   street, house number, postcode and town as one line
 * @param latitude  WGS84, or {@code null}
 * @param longitude WGS84, or {@code null}
 * @param wijk      CBS code of the wijk the place lies in (e.g. "WK053701"), or {@code null} when unknown
 * @param buurt     CBS code of the buurt (e.g. "BU05370101"), or {@code null} when unknown
 */
public record Place(String name, String address, Double latitude, Double longitude, String wijk, String buurt) {

    /** A place as a source publishes it, before it is assigned to a wijk. */
    public Place(String name, String address, Double latitude, Double longitude) {
        this(name, address, latitude, longitude, null, null);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
