package nl.bijeen.connectors.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.bijeen.connectors.model.Warning;

/**
 * Which wijk and buurt a point lies in, from CBS boundary files (GeoJSON, one wijk file and optionally one buurt
 * file; the operator may point them at another municipality's files). A point outside every boundary has no wijk:
 * it is "wijk unknown", never dropped.
 */
public final class AreaMap {

    /** The areas a point was assigned to; either may be {@code null}. */
    public record Assignment(Area wijk, Area buurt) {

        public static final Assignment NONE = new Assignment(null, null);

        public String wijkCode() {
            return wijk == null ? null : wijk.code();
        }

        public String buurtCode() {
            return buurt == null ? null : buurt.code();
        }
    }

    private final AreaLayer wijken;
    private final AreaLayer buurten;
    private final List<Warning> warnings;

    private AreaMap(AreaLayer wijken, AreaLayer buurten, List<Warning> warnings) {
        this.wijken = wijken;
        this.buurten = buurten;
        this.warnings = List.copyOf(warnings);
    }

    /** A map without areas: every point is "wijk unknown". */
    public static AreaMap empty() {
        return new AreaMap(AreaLayer.EMPTY, AreaLayer.EMPTY, List.of());
    }

    /**
     * Reads the boundaries. Features that cannot be used are skipped and listed in {@link #warnings()}.
     *
     * @param wijkFile  GeoJSON with the wijken
     * @param buurtFile GeoJSON with the buurten, or {@code null} to assign wijken only
     * @throws IOException when a file is missing or is not a GeoJSON FeatureCollection
     */
    public static AreaMap load(Path wijkFile, Path buurtFile) throws IOException {
        GeoJsonAreas.Result w = GeoJsonAreas.read(wijkFile);
        List<Warning> warnings = new ArrayList<>(w.warnings());
        AreaLayer buurten = AreaLayer.EMPTY;
        if (buurtFile != null) {
            GeoJsonAreas.Result b = GeoJsonAreas.read(buurtFile);
            warnings.addAll(b.warnings());
            buurten = new AreaLayer(b.shapes());
        }
        return new AreaMap(new AreaLayer(w.shapes()), buurten, warnings);
    }

    public Optional<Area> wijkAt(double lat, double lon) {
        return wijken.at(lat, lon);
    }

    /** The buurt whose boundary holds the point, by the buurt file alone. */
    public Optional<Area> buurtAt(double lat, double lon) {
        return buurten.at(lat, lon);
    }

    /**
     * Wijk and buurt of a point, consistent with each other. The wijk and buurt files are generalised separately,
     * so near a boundary a point can fall in a buurt that belongs to the neighbouring wijk; the wijk decides, and
     * such a buurt is left out rather than contradicting it.
     */
    public Assignment assign(double lat, double lon) {
        Area wijk = wijkAt(lat, lon).orElse(null);
        Area buurt = buurtAt(lat, lon).orElse(null);
        if (wijk == null || buurt != null && !wijk.holdsBuurt(buurt)) {
            buurt = null;
        }
        return wijk == null ? Assignment.NONE : new Assignment(wijk, buurt);
    }

    /** The wijk or buurt with this code. */
    public Optional<Area> byCode(String code) {
        return code == null ? Optional.empty() : wijken.byCode(code).or(() -> buurten.byCode(code));
    }

    /** The name of the wijk or buurt with this code. */
    public Optional<String> nameOf(String code) {
        return byCode(code).map(Area::name);
    }

    /** Every wijk, in code order. */
    public List<Area> wijken() {
        return wijken.areas();
    }

    /** Every buurt, in code order (empty without a buurt file). */
    public List<Area> buurten() {
        return buurten.areas();
    }

    /** True when the point is within the rectangle around all wijken: a cheap plausibility test for coordinates. */
    public boolean covers(double lat, double lon) {
        return wijken.box().contains(lon, lat);
    }

    /** Features that were skipped while loading, in plain words. */
    public List<Warning> warnings() {
        return warnings;
    }
}
