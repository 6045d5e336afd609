package nl.bijeen.connectors.geo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All areas of one kind (wijken, or buurten). A lookup tests each area's bounding box and only then its polygons:
 * for the 3,393 wijken of the whole country that is a few thousand comparisons, microseconds per point. Areas are
 * kept in code order, so if generalised boundaries ever overlap, the lowest code wins, every time.
 */
final class AreaLayer {

    static final AreaLayer EMPTY = new AreaLayer(List.of());

    private final List<AreaShape> shapes;
    private final Map<String, Area> byCode = new LinkedHashMap<>();
    /** Computed once: {@link AreaMap#covers} asks for it for every place, and the country has 3,393 wijken. */
    private final BoundingBox box;

    AreaLayer(List<AreaShape> shapes) {
        this.shapes = shapes.stream().sorted(Comparator.comparing(s -> s.area().code())).toList();
        this.shapes.forEach(s -> byCode.putIfAbsent(s.area().code(), s.area()));
        this.box = this.shapes.stream().map(AreaShape::box).reduce(BoundingBox.EMPTY, BoundingBox::union);
    }

    Optional<Area> at(double lat, double lon) {
        for (AreaShape shape : shapes) {
            if (shape.contains(lon, lat)) {
                return Optional.of(shape.area());
            }
        }
        return Optional.empty();
    }

    Optional<Area> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    List<Area> areas() {
        return List.copyOf(byCode.values());
    }

    BoundingBox box() {
        return box;
    }
}
