package nl.bijeen.connectors.geo;

import java.util.List;

/**
 * The boundary of one area: one or more polygons (a MultiPolygon), each an outer ring with optional holes.
 */
final class AreaShape {

    /** An outer ring and the holes cut out of it. */
    record Polygon(Ring outer, List<Ring> holes) {
        Polygon {
            holes = List.copyOf(holes);
        }

        boolean contains(double lon, double lat) {
            return outer.contains(lon, lat) && holes.stream().noneMatch(h -> h.contains(lon, lat));
        }
    }

    private final Area area;
    private final List<Polygon> polygons;
    private final BoundingBox box;

    AreaShape(Area area, List<Polygon> polygons) {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("an area needs at least one polygon");
        }
        this.area = area;
        this.polygons = List.copyOf(polygons);
        this.box = polygons.stream().map(p -> p.outer().box()).reduce(BoundingBox.EMPTY, BoundingBox::union);
    }

    Area area() {
        return area;
    }

    BoundingBox box() {
        return box;
    }

    boolean contains(double lon, double lat) {
        return box.contains(lon, lat) && polygons.stream().anyMatch(p -> p.contains(lon, lat));
    }
}
