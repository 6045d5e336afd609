package nl.bijeen.aggregator.demo;

import java.util.Map;

/** The CBS wijken (2024) of the municipality of Katwijk, and a box around it for plausibility checks. */
public final class KatwijkWijken {

    public static final Map<String, String> NAMES = Map.of(
            "WK053701", "Katwijk Noord",
            "WK053702", "'t Heen",
            "WK053703", "Katwijk aan den Rijn",
            "WK053705", "Katwijk aan Zee",
            "WK053706", "Landelijk gebied Katwijk",
            "WK053707", "Rijnsburg",
            "WK053708", "Valkenburg");

    public static final double MIN_LAT = 52.155;
    public static final double MAX_LAT = 52.222;
    public static final double MIN_LON = 4.372;
    public static final double MAX_LON = 4.466;

    private KatwijkWijken() {
    }

    public static boolean isWijk(String code) {
        return NAMES.containsKey(code);
    }

    public static boolean inBox(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }
}
