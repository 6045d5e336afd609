package nl.bijeen.aggregator.normalise;

import java.nio.file.Path;

import nl.bijeen.connectors.geo.GeoSettings;

/**
 * What the normalise step needs from the operator.
 *
 * @param taxonomyFile config/taxonomy.yml: audiences and themes with their Dutch words; {@code null} classifies
 *                     nothing (activities keep the labels their source published)
 * @param geo          boundary files and whether addresses may be geocoded at PDOK
 */
public record NormaliseSettings(Path taxonomyFile, GeoSettings geo) {

    /** No classification, no wijk assignment, no geocoding: drafts are stored as the connectors made them. */
    public static NormaliseSettings none() {
        return new NormaliseSettings(null, new GeoSettings(null, null, false, null));
    }

    /** The taxonomy and Katwijk's boundaries from an operator's config folder; geocoding off (no network). */
    public static NormaliseSettings fromConfigDir(Path configDir) {
        return new NormaliseSettings(configDir.resolve("taxonomy.yml"), new GeoSettings(
                configDir.resolve("geo/wijken-katwijk-2024.geojson"),
                configDir.resolve("geo/buurten-katwijk-2024.geojson"), false, null));
    }
}
