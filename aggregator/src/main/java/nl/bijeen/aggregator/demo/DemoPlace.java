package nl.bijeen.aggregator.demo;

/**
 * A venue in Katwijk.
 *
 * @param wijk CBS wijk code of the wijk the venue lies in, e.g. WK053702
 */
public record DemoPlace(String id, String name, String street, String postcode, String town, String wijk,
                        double latitude, double longitude) {

    /** "Straat 1, 2224 AB Katwijk": the one-line address feeds and calendars publish. */
    public String addressLine() {
        return street + ", " + postcode + " " + town;
    }

    /** Name and address on one line, for LOCATION and ev:location. */
    public String locationLine() {
        return name + ", " + addressLine();
    }
}
