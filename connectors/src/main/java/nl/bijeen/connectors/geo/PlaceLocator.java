package nl.bijeen.connectors.geo;

import java.util.Objects;
import java.util.Optional;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Place;

/**
 * Gives a draft's place its position and its wijk and buurt. Coordinates the source published (iCal GEO,
 * schema.org geo) are kept; otherwise the place's address is geocoded (cache first, see {@link Geocoder#cached}).
 * A draft without a place, or whose place cannot be found or lies outside every wijk, keeps wijk {@code null}:
 * it is counted as "wijk unknown", never dropped.
 */
public final class PlaceLocator {

    private final AreaMap areas;
    private final Geocoder geocoder;

    public PlaceLocator(AreaMap areas, Geocoder geocoder) {
        this.areas = Objects.requireNonNull(areas, "areas");
        this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
    }

    public ActivityDraft locate(ActivityDraft draft) {
        Place place = draft.place();
        if (place == null) {
            return draft;
        }
        Optional<GeoPoint> point = sourcePoint(place).or(() -> geocoded(place));
        if (point.isEmpty()) {
            boolean dropUnusable = place.hasCoordinates();
            return dropUnusable ? draft.withPlace(new Place(place.name(), place.address(), null, null)) : draft;
        }
        GeoPoint p = point.get();
        AreaMap.Assignment areasOfPoint = areas.assign(p.latitude(), p.longitude());
        return draft.withPlace(new Place(place.name(), place.address(), p.latitude(), p.longitude(),
                areasOfPoint.wijkCode(), areasOfPoint.buurtCode()));
    }

    /**
     * The source's coordinates, unless they cannot be a position (out of range, or 0,0: an empty field written as
     * zeros). Latitude and longitude given the wrong way round ("GEO:4.3951;52.2049") are turned back when only the
     * swapped pair lies within the map.
     */
    private Optional<GeoPoint> sourcePoint(Place place) {
        if (!place.hasCoordinates()) {
            return Optional.empty();
        }
        double lat = place.latitude();
        double lon = place.longitude();
        if (!valid(lat, lon) || lat == 0 && lon == 0) {
            return Optional.empty();
        }
        if (!areas.covers(lat, lon) && valid(lon, lat) && areas.covers(lon, lat)) {
            return Optional.of(new GeoPoint(lon, lat, GeoPoint.Precision.SOURCE));
        }
        return Optional.of(new GeoPoint(lat, lon, GeoPoint.Precision.SOURCE));
    }

    private static boolean valid(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    /** Geocodes the address, or a name that holds a postcode; a town's centre says nothing about the wijk. */
    private Optional<GeoPoint> geocoded(Place place) {
        String line = place.address();
        if (line == null || line.isBlank()) {
            boolean nameIsAnAddress = place.name() != null && AddressLine.parse(place.name()).postcode() != null;
            line = nameIsAnAddress ? place.name() : null;
        }
        return line == null ? Optional.empty()
                : geocoder.geocode(line).filter(p -> p.precision().placesWithinWijk());
    }
}
