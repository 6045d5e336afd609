package nl.bijeen.connectors.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real CBS 2024 boundaries of Katwijk as shipped in config/geo, loaded once for all tests. */
final class KatwijkAreas {

    static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));
    static final Path WIJKEN = CONFIG.resolve("geo/wijken-katwijk-2024.geojson");
    static final Path BUURTEN = CONFIG.resolve("geo/buurten-katwijk-2024.geojson");
    static final Path NATIONAL = Path.of(System.getProperty("bijeen.shared.data", "/work/shared/data"),
            "cbs-wijken-2024.geojson");

    private static AreaMap map;

    private KatwijkAreas() {
    }

    static synchronized AreaMap map() {
        if (map == null) {
            try {
                map = AreaMap.load(WIJKEN, BUURTEN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map;
    }
}
