package nl.bijeen.web.web;

import jakarta.inject.Singleton;

import nl.bijeen.web.config.MapProperties;

/** The tile server settings as the pages pass them to the map script (in data attributes, never in a script). */
@Singleton
public class MapSettings {

    private final MapProperties properties;

    public MapSettings(MapProperties properties) {
        this.properties = properties;
    }

    public String tileUrl() {
        return properties.tileUrl();
    }

    public String attribution() {
        return properties.attribution();
    }

    public int maxZoom() {
        return properties.maxZoom();
    }
}
