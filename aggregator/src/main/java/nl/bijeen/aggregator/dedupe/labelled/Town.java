package nl.bijeen.aggregator.dedupe.labelled;

import nl.bijeen.aggregator.demo.DemoPlace;
import nl.bijeen.connectors.model.Place;

/**
 * One copy of the demo world in a synthetic town. Town 0 is Katwijk itself; every other town gets its own
 * municipality code (so its wijk codes differ) and coordinates shifted by about 30 km per step on a grid, so that
 * a large labelled set has the density of one real town many times over instead of one impossibly busy town.
 *
 * @param index        0 for Katwijk, then 1, 2, …
 * @param municipality the four-digit CBS municipality code written into the wijk codes
 */
record Town(int index, String municipality) {

    private static final int COLUMNS = 60;
    private static final double LATITUDE_STEP = 0.3;
    private static final double LONGITUDE_STEP = 0.45;

    static Town of(int index) {
        return new Town(index, index == 0 ? "0537" : String.format("%04d", 1000 + index));
    }

    /** The place as this town has it: same names and streets, its own wijk codes, town name and coordinates. */
    Place place(DemoPlace place) {
        return new Place(place.name(), place.street() + ", " + place.postcode() + " " + townName(place.town()),
                latitude(place.latitude()), longitude(place.longitude()), wijk(place.wijk()), null);
    }

    String wijk(String katwijkWijk) {
        return "WK" + municipality + katwijkWijk.substring(6);
    }

    String townName(String katwijkTown) {
        return index == 0 ? katwijkTown : katwijkTown + "-" + letters(index);
    }

    double latitude(double katwijk) {
        return katwijk + (index / COLUMNS) * LATITUDE_STEP;
    }

    double longitude(double katwijk) {
        return katwijk + (index % COLUMNS) * LONGITUDE_STEP;
    }

    /** The reference clock moved a few days per town, so the towns' one-off dates spread over the horizon. */
    java.time.Clock clock(java.time.Clock reference) {
        return java.time.Clock.offset(reference, java.time.Duration.ofDays(index % 28));
    }

    /** Letters rather than digits, so a town name folds to a word and never looks like a postcode. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            rest--;
            s.insert(0, (char) ('a' + rest % 26));
        }
        return s.toString();
    }
}
