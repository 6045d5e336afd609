package nl.bijeen.connectors.geo;

import java.util.Objects;

/**
 * A wijk or buurt as CBS names it.
 *
 * @param code CBS code, e.g. "WK053705" or "BU05370504"
 * @param name its name, e.g. "Katwijk aan Zee"
 */
public record Area(String code, String name) {

    public Area {
        Objects.requireNonNull(code, "code");
        name = name == null || name.isBlank() ? code : name;
    }

    /**
     * True when {@code buurt} lies in this wijk by its CBS code ("BU05370504" lies in "WK053705"). Codes that do not
     * follow the CBS pattern cannot be checked and count as belonging.
     */
    public boolean holdsBuurt(Area buurt) {
        boolean cbsCodes = code.matches("WK\\d{6}") && buurt.code().matches("BU\\d{8}");
        return !cbsCodes || buurt.code().substring(2, 8).equals(code.substring(2));
    }
}
