package nl.bijeen.web.admin.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.bijeen.aggregator.organisation.OrganisationEdit;
import nl.bijeen.connectors.model.OrganisationKind;

/**
 * The correction form of an organisation: every field optional (empty = keep what the sources say), opening hours
 * one rule per line, subsidised "ja", "nee" or empty. {@code problem} says in plain Dutch what is wrong.
 */
record CorrectionForm(OrganisationEdit edit, String problem) {

    private static final int MAX_TEXT = 2000;

    static CorrectionForm read(Map<String, String> form) {
        String kindCode = value(form, "soort");
        OrganisationKind kind = kindCode == null ? null : OrganisationKind.ofCode(kindCode).orElse(null);
        String website = value(form, "website");
        String email = value(form, "email");
        String hours = value(form, "openingstijden");
        List<String> lines = hours == null ? null
                : Arrays.stream(hours.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        String subsidised = value(form, "gesubsidieerd");
        String problem = kindCode != null && kind == null ? "Kies een soort uit de lijst."
                : website != null && !website.matches("(?i)https?://\\S+") ? "Schrijf de website als https://…"
                : email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? "Dat is geen e-mailadres."
                : form.values().stream().anyMatch(v -> v != null && v.length() > MAX_TEXT)
                ? "Schrijf elk veld in minder dan 2000 tekens." : null;
        OrganisationEdit edit = new OrganisationEdit(kind, value(form, "beschrijving"), value(form, "telefoon"), email,
                website, lines, subsidised == null ? null : subsidised.equals("ja"));
        return new CorrectionForm(edit, problem);
    }

    private static String value(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
