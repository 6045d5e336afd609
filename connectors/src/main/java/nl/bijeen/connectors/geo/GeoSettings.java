package nl.bijeen.connectors.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.Warning;

/**
 * The operator's choices for places: which boundary files to use, and whether addresses may be looked up at PDOK.
 *
 * @param wijkFile          GeoJSON with the wijken (e.g. config/geo/wijken-katwijk-2024.geojson), or {@code null}
 *                          for no wijk assignment at all
 * @param buurtFile         GeoJSON with the buurten, or {@code null}
 * @param geocodingEnabled  false (the default): answer from the cache only, never the network
 * @param pdok              how to reach PDOK when geocoding is enabled
 */
public record GeoSettings(Path wijkFile, Path buurtFile, boolean geocodingEnabled, PdokSettings pdok) {

    public GeoSettings {
        pdok = pdok == null ? PdokSettings.defaults() : pdok;
    }

    /** The boundaries to assign wijken with; an empty map without a wijk file. */
    public AreaMap areaMap() throws IOException {
        return wijkFile == null ? AreaMap.empty() : AreaMap.load(wijkFile, buurtFile);
    }

    /**
     * The geocoder to use: the cache first with PDOK behind it when geocoding is enabled, else the cache alone.
     * The PDOK client's idle connections go with it when it is no longer used; construct {@link PdokGeocoder}
     * directly to close it at a moment of your choosing.
     */
    public Geocoder geocoder(GeocodeCache cache, Consumer<Warning> warnings) {
        return geocodingEnabled ? Geocoder.cached(cache, new PdokGeocoder(pdok, warnings)) : Geocoder.offline(cache);
    }
}
