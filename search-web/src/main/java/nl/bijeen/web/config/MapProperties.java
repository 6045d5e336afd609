package nl.bijeen.web.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The maps on the pages ({@code bijeen.map.*}). The tiles come from an outside server the operator chooses; the
 * pages never depend on it: every place is also written out as text, so a map that cannot load loses nothing.
 *
 * @param tileUrl     Leaflet URL template of the tile server, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png;
 *                    must be https (the pages' Content-Security-Policy only allows images from https: and self)
 * @param attribution the credit the tile server asks for, as plain text
 * @param maxZoom     how far people may zoom in
 */
@ConfigurationProperties("bijeen.map")
public record MapProperties(
        @Bindable(defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
        @Bindable(defaultValue = "© OpenStreetMap-bijdragers") String attribution,
        @Bindable(defaultValue = "18") int maxZoom) {
}
