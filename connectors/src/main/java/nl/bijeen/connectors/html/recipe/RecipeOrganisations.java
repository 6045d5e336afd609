package nl.bijeen.connectors.html.recipe;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.Links;
import nl.bijeen.connectors.text.OrganisationNames;

/**
 * Organisations as a recipe reads them: an item's organiser (organiser, organiserUrl, organiserEmail,
 * organiserPhone) and the site's publisher (the recipe's publisher block, read on the first list page). An e-mail
 * may be read from a mailto: link or from text; a website is made absolute against the page it was read on.
 */
final class RecipeOrganisations {

    private RecipeOrganisations() {
    }

    /** The item's organiser, or {@code null} when the recipe reads none of its parts. */
    static Organiser organiser(RawItem item) {
        String name = line(item.first("organiser"));
        URI url = Links.absolute(item.first("organiserUrl"), item.base("organiserUrl"));
        String email = email(item.first("organiserEmail"));
        String phone = phone(item.first("organiserPhone"));
        if (name == null && url == null && email == null) {
            return null;
        }
        return new Organiser(name, url == null ? null : url.toString(), email, phone, null, null, null, List.of(),
                null, null);
    }

    /** The publisher block read on {@code page}, or {@code null} when the recipe has none or it finds no name. */
    static Organiser publisher(Map<String, FieldRule> rules, Element page, URI base) {
        if (rules.isEmpty()) {
            return null;
        }
        String name = line(read(rules, "name", page));
        if (name == null) {
            return null;
        }
        URI url = Links.absolute(read(rules, "url", page), base);
        URI logo = Links.absolute(read(rules, "logo", page), base);
        String address = line(read(rules, "address", page));
        return new Organiser(name, url == null ? null : url.toString(), email(read(rules, "email", page)),
                phone(read(rules, "phone", page)), address == null ? null : new Place(null, address, null, null),
                line(read(rules, "description", page)), logo, List.of(), line(read(rules, "kind", page)), null);
    }

    private static String read(Map<String, FieldRule> rules, String part, Element page) {
        FieldRule rule = rules.get(part);
        return rule == null ? null : rule.first(page);
    }

    private static String email(String value) {
        return value == null ? null : OrganisationNames.emailIn(value).orElse(null);
    }

    private static String phone(String value) {
        String line = line(value);
        return line != null && line.regionMatches(true, 0, "tel:", 0, 4) ? line.substring(4).strip() : line;
    }

    private static String line(String value) {
        String line = value == null ? "" : HtmlSanitizer.singleLine(value);
        return line.isEmpty() ? null : line;
    }
}
