package nl.bijeen.web.owner;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;

/**
 * The optional fields about the organisation behind a site ({@code org.naam}, {@code org.soort}, ...), on the
 * registration form and the owner's page: read into an {@link Organiser}, checked with plain Dutch problems, and
 * given back as typed so nothing is lost when something is wrong. The kind is stored as an
 * {@link OrganisationKind} code: the owner chose it from Bijeen's own list.
 */
final class OrganisationFields {

    static final List<String> FIELDS = List.of("naam", "soort", "beschrijving", "telefoon", "email", "website",
            "adres");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,30}");

    /** The organiser read (null when every field is empty), or the first problem in plain Dutch. */
    record Read(Organiser organiser, String problem) {
    }

    /** One choice of the kind list. */
    record Kind(String code, String label) {
    }

    private OrganisationFields() {
    }

    static List<Kind> kinds() {
        return Arrays.stream(OrganisationKind.values()).map(k -> new Kind(k.code(), k.label())).toList();
    }

    /** The form's values under their field names (without the "org." prefix), for showing the form again. */
    static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, form.getOrDefault("org." + f, "").strip()));
        return values;
    }

    /** The stored organiser as form values; all empty for none. */
    static Map<String, String> values(Organiser o) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        if (o != null) {
            values.put("naam", text(o.name()));
            values.put("soort", OrganisationKind.ofCode(o.kind()).map(OrganisationKind::code).orElse(""));
            values.put("beschrijving", text(o.description()));
            values.put("telefoon", text(o.phone()));
            values.put("email", text(o.email()));
            values.put("website", text(o.url()));
            values.put("adres", o.place() == null ? "" : text(o.place().address()));
        }
        return values;
    }

    /** Reads the fields; without an organisation name, {@code fallbackName} (the registration's name) is used. */
    static Read read(Map<String, String> form, String fallbackName) {
        Map<String, String> v = values(form);
        if (v.values().stream().allMatch(String::isEmpty)) {
            return new Read(null, null);
        }
        String problem = problem(v);
        if (problem != null) {
            return new Read(null, problem);
        }
        String name = v.get("naam").isEmpty() ? text(fallbackName).strip() : v.get("naam");
        if (name.isEmpty()) {
            return new Read(null, "Vul de naam van uw organisatie in.");
        }
        return new Read(new Organiser(name, orNull(webAddress(v.get("website"))), orNull(v.get("email")),
                orNull(v.get("telefoon")), v.get("adres").isEmpty() ? null
                : new Place(null, v.get("adres"), null, null), orNull(v.get("beschrijving")), null, List.of(),
                orNull(v.get("soort")), null), null);
    }

    private static String problem(Map<String, String> v) {
        if (v.get("naam").length() > 300) {
            return "De naam van uw organisatie is te lang (hooguit 300 tekens).";
        }
        if (!v.get("soort").isEmpty() && OrganisationKind.ofCode(v.get("soort")).isEmpty()) {
            return "Kies wat voor organisatie het is uit de lijst.";
        }
        if (v.get("beschrijving").length() > 2000) {
            return "De beschrijving van uw organisatie is te lang (hooguit 2000 tekens).";
        }
        if (!v.get("telefoon").isEmpty() && !PHONE.matcher(v.get("telefoon")).matches()) {
            return "Het telefoonnummer van uw organisatie klopt niet. Schrijf het bijvoorbeeld als 071 123 45 67.";
        }
        if (!v.get("email").isEmpty() && (!EMAIL.matcher(v.get("email")).matches() || v.get("email").length() > 320)) {
            return "Het e-mailadres van uw organisatie klopt niet. Bijvoorbeeld info@buurthuis.nl.";
        }
        if (!v.get("website").isEmpty() && webAddress(v.get("website")).isEmpty()) {
            return "De website van uw organisatie is geen webadres. Bijvoorbeeld www.buurthuis.nl.";
        }
        if (v.get("adres").length() > 300) {
            return "Het adres van uw organisatie is te lang (hooguit 300 tekens).";
        }
        return null;
    }

    /** "www.buurthuis.nl" is taken as https, as the pasted address of the registration is. */
    private static String webAddress(String value) {
        if (value.isEmpty()) {
            return "";
        }
        return PastedAddress.parse(value).map(URI::toString).orElse("");
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
