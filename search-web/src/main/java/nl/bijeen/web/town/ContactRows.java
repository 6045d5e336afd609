package nl.bijeen.web.town;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The contact rows of the admin form ({@code contact.1.naam}, {@code contact.1.rol}, ...): read and checked, and
 * shown again as typed when something is wrong. Empty rows are left out; two extra empty rows are offered.
 */
final class ContactRows {

    static final int EXTRA_ROWS = 2;
    static final int MAX_ROWS = 20;
    private static final String[] FIELDS = {"naam", "rol", "telefoon", "email", "website", "organisatie"};
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{6,30}");

    /** What was read: the contacts, or the first problem in plain Dutch, and the rows to show again. */
    record Read(List<Contact> contacts, String problem, List<Map<String, String>> rows) {
    }

    private ContactRows() {
    }

    static Read read(Map<String, String> form) {
        List<Contact> contacts = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        String problem = null;
        for (int n = 1; n <= MAX_ROWS; n++) {
            Map<String, String> row = row(form, n);
            if (row.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            rows.add(row);
            String wrong = problem(row, rows.size());
            if (wrong != null && problem == null) {
                problem = wrong;
            } else if (wrong == null) {
                contacts.add(contact(row));
            }
        }
        return new Read(problem == null ? contacts : List.of(), problem, withExtraRows(rows));
    }

    /** The stored contacts as form rows, plus empty rows to add new ones. */
    static List<Map<String, String>> of(List<Contact> contacts) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Contact c : contacts) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("naam", c.name());
            row.put("rol", text(c.role()));
            row.put("telefoon", text(c.phone()));
            row.put("email", text(c.email()));
            row.put("website", text(c.website()));
            row.put("organisatie", c.organisationId() == null ? "" : c.organisationId().toString());
            rows.add(row);
        }
        return withExtraRows(rows);
    }

    private static String problem(Map<String, String> row, int n) {
        String which = "Contact " + n + ": ";
        if (row.get("naam").isEmpty() || row.get("naam").length() > 300) {
            return which + "vul een naam in (hooguit 300 tekens), of maak de hele regel leeg.";
        }
        if (row.get("rol").length() > 300) {
            return which + "de omschrijving is te lang (hooguit 300 tekens).";
        }
        if (!row.get("telefoon").isEmpty() && !PHONE.matcher(row.get("telefoon")).matches()) {
            return which + "dit is geen telefoonnummer. Bijvoorbeeld 071 123 45 67.";
        }
        if (!row.get("email").isEmpty() && (!EMAIL.matcher(row.get("email")).matches()
                || row.get("email").length() > 320)) {
            return which + "dit is geen e-mailadres. Bijvoorbeeld loket@gemeente.nl.";
        }
        if (!row.get("website").isEmpty() && !isWebAddress(row.get("website"))) {
            return which + "vul het hele webadres in, beginnend met https://.";
        }
        if (!row.get("organisatie").isEmpty() && !row.get("organisatie").matches("\\d{1,18}")) {
            return which + "het organisatienummer bestaat alleen uit cijfers (zie /organisaties).";
        }
        return null;
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return value.length() <= 2000 && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Contact contact(Map<String, String> row) {
        return new Contact(row.get("naam"), blankToNull(row.get("rol")), blankToNull(row.get("telefoon")),
                blankToNull(row.get("email")), blankToNull(row.get("website")),
                row.get("organisatie").isEmpty() ? null : Long.valueOf(row.get("organisatie")));
    }

    private static Map<String, String> row(Map<String, String> form, int n) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String field : FIELDS) {
            row.put(field, form.getOrDefault("contact." + n + "." + field, "").strip());
        }
        return row;
    }

    private static List<Map<String, String>> withExtraRows(List<Map<String, String>> rows) {
        List<Map<String, String>> all = new ArrayList<>(rows);
        for (int i = 0; i < EXTRA_ROWS && all.size() < MAX_ROWS; i++) {
            Map<String, String> empty = new LinkedHashMap<>();
            for (String field : FIELDS) {
                empty.put(field, "");
            }
            all.add(empty);
        }
        return all;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
