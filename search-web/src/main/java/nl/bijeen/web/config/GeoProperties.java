package nl.bijeen.web.config;

import java.net.URI;
import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import nl.bijeen.connectors.geo.GeoSettings;
import nl.bijeen.connectors.geo.PdokSettings;

/**
 * Places ({@code bijeen.geo.*}): the boundary files that assign activities to a wijk and buurt, and whether
 * addresses without coordinates may be looked up at PDOK. Relative paths are read in the config folder.
 *
 * @param wijkFile         GeoJSON with the wijken of the area Bijeen covers; empty for no wijk assignment
 * @param buurtFile        GeoJSON with its buurten; empty for none
 * @param geocoding        true: look up addresses at the PDOK Locatieserver (needs internet); false: only what
 *                         is already in the store's geocode cache
 * @param pdokUrl          base URL of the PDOK Locatieserver
 */
@ConfigurationProperties("bijeen.geo")
public record GeoProperties(
        @Bindable(defaultValue = "geo/wijken-katwijk-2024.geojson") String wijkFile,
        @Bindable(defaultValue = "geo/buurten-katwijk-2024.geojson") String buurtFile,
        @Bindable(defaultValue = "false") boolean geocoding,
        @Bindable(defaultValue = PdokSettings.DEFAULT_BASE_URL) String pdokUrl) {

    public GeoSettings toSettings(Path configDir, String userAgent) {
        PdokSettings pdok = PdokSettings.defaults();
        return new GeoSettings(file(configDir, wijkFile), file(configDir, buurtFile), geocoding,
                new PdokSettings(URI.create(pdokUrl), pdok.minDelay(), pdok.timeout(), userAgent));
    }

    private static Path file(Path configDir, String name) {
        return name == null || name.isBlank() ? null : configDir.resolve(name);
    }
}
