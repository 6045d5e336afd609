package nl.bijeen.aggregator.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A logo per organisation, drawn rather than stored: a coloured tile with the initials of its id, served under
 * {@code /logos/<organisation-id>.svg}, so every organisation of the demo world has a picture a source can link to.
 */
final class Logos {

    private static final String PREFIX = "/logos/";
    private static final String[] COLOURS = {"#1d5f8a", "#2e7d32", "#8e3b46", "#6a4c93", "#b35c00", "#00695c"};

    private Logos() {
    }

    static String path(String organisationId) {
        return PREFIX + organisationId + ".svg";
    }

    /** The organisation id a logo path names, if {@code path} is one. */
    static Optional<String> organisationId(String path) {
        if (path.startsWith(PREFIX) && path.endsWith(".svg") && path.length() > PREFIX.length() + 4) {
            return Optional.of(path.substring(PREFIX.length(), path.length() - 4));
        }
        return Optional.empty();
    }

    static byte[] svg(DemoOrganisation organisation) {
        String initials = Arrays.stream(organisation.id().split("-")).limit(3)
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT)).collect(Collectors.joining());
        String colour = COLOURS[Math.floorMod(organisation.id().hashCode(), COLOURS.length)];
        return ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64' width='64' height='64' role='img'>"
                + "<title>" + Html.escape(organisation.name()) + "</title>"
                + "<rect width='64' height='64' rx='10' fill='" + colour + "'/>"
                + "<text x='32' y='40' font-family='sans-serif' font-size='20' text-anchor='middle' fill='#fff'>"
                + initials + "</text></svg>\n").getBytes(StandardCharsets.UTF_8);
    }
}
