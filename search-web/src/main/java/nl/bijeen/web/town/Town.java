package nl.bijeen.web.town;

import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Introspected;

/**
 * A municipality with the wijken the wijk map holds of it.
 *
 * @param code   CBS municipality code, e.g. "GM0537"; also the key of its page text
 * @param name   e.g. "Katwijk"
 * @param slug   its part of the address, e.g. "katwijk"
 * @param wijken its wijken by name
 */
@Introspected
public record Town(String code, String name, String slug, List<Wijk> wijken) {

    /** A wijk of a town; {@code code} ("WK053701") is also the key of its page text. */
    @Introspected
    public record Wijk(String code, String name, String slug) {
    }

    public String link() {
        return "/over-de-stad/" + slug;
    }

    public String link(Wijk wijk) {
        return link() + "/" + wijk.slug();
    }

    Optional<Wijk> wijk(String wijkSlug) {
        return wijken.stream().filter(w -> w.slug().equals(wijkSlug)).findFirst();
    }
}
