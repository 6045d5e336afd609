package nl.bijeen.aggregator.world;

/**
 * One real CBS wijk (2024) with the rectangle around its boundary.
 *
 * @param code "WK" + four-digit municipality + two-digit wijk, e.g. WK053702
 * @param name the wijk's name, e.g. "Katwijk aan Zee"
 */
public record CbsWijk(String code, String name, double minLat, double minLon, double maxLat, double maxLon) {

    /** The four-digit municipality code inside the wijk code. */
    public String municipality() {
        return code.substring(2, 6);
    }
}
