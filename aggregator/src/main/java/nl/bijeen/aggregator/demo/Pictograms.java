package nl.bijeen.aggregator.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Simple SVG pictograms per theme, served under /img/ and used as the image of activities. */
final class Pictograms {

    static final String FALLBACK = "algemeen";

    private static final Map<String, String> SHAPES = Map.of(
            "ontmoeten", "<circle cx='22' cy='26' r='9'/><circle cx='42' cy='26' r='9'/>"
                    + "<path d='M8 52c2-10 26-10 28 0M28 52c2-10 26-10 28 0'/>",
            "bewegen", "<circle cx='32' cy='12' r='6'/><path d='M32 20v18l-10 16M32 38l10 16M18 28h28'/>",
            "leren", "<path d='M10 16h20v34H10zM34 16h20v34H34z'/>",
            "taal", "<path d='M10 14h44v26H30l-10 10V40H10z'/>",
            "cultuur", "<path d='M24 48V14l24-6v34'/><circle cx='18' cy='48' r='6'/><circle cx='42' cy='42' r='6'/>",
            "natuur", "<path d='M14 50C14 24 34 12 52 12c0 22-14 38-38 38zM14 50l22-22'/>",
            "hulp", "<path d='M32 52S10 38 10 24a11 11 0 0 1 22-4 11 11 0 0 1 22 4c0 14-22 28-22 28z'/>",
            "eten", "<circle cx='32' cy='34' r='16'/><path d='M8 14v40M56 14v40'/>",
            "spel", "<rect x='14' y='14' width='36' height='36' rx='6'/><circle cx='24' cy='24' r='3'/>"
                    + "<circle cx='40' cy='40' r='3'/>",
            FALLBACK, "<circle cx='32' cy='32' r='20'/><path d='M32 20v12l8 6'/>");

    private Pictograms() {
    }

    /** The path of the pictogram for the first theme that has one. */
    static String path(List<String> themes) {
        return "/img/" + themes.stream().filter(SHAPES::containsKey).findFirst().orElse(FALLBACK) + ".svg";
    }

    /** The SVG document for {@code name} (without ".svg"), if there is one. */
    static Optional<String> svg(String name) {
        return Optional.ofNullable(SHAPES.get(name)).map(shape ->
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64' width='64' height='64' role='img'>"
                        + "<title>" + name + "</title>"
                        + "<g fill='none' stroke='#1d5f8a' stroke-width='4' stroke-linecap='round' "
                        + "stroke-linejoin='round'>" + shape + "</g></svg>\n");
    }

    static long length(List<String> themes) {
        String name = path(themes).substring("/img/".length()).replace(".svg", "");
        return svg(name).orElseThrow().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
