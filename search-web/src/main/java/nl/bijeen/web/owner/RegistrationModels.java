package nl.bijeen.web.owner;

import java.util.HashMap;
import java.util.Map;

/** The view models of the registration pages (mutable maps: the layout and the CSRF token are added to them). */
final class RegistrationModels {

    private RegistrationModels() {
    }

    static Map<String, Object> start(String address, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("adres", address);
        model.put("fout", problem);
        return model;
    }

    /**
     * The preview with the registration form; {@code preview} is null when the form comes back with a problem
     * (the owner's entries are kept, the feed travels in hidden fields).
     */
    static Map<String, Object> preview(Preview preview, Map<String, String> form, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("voorbeeld", preview);
        model.put("fout", problem);
        model.put("adres", preview != null ? preview.pasted().toString() : form.getOrDefault("adres", ""));
        model.put("feed", preview != null && preview.feed() != null ? preview.feed().toString()
                : form.getOrDefault("feed", ""));
        model.put("formaat", preview != null && preview.format() != null ? preview.format()
                : form.getOrDefault("formaat", "auto"));
        model.put("naam", form.getOrDefault("naam", ""));
        model.put("contact", form.getOrDefault("contact", ""));
        model.put("email", form.getOrDefault("email", ""));
        model.put("toestemming", "ja".equals(form.get("toestemming")));
        model.put("org", OrganisationFields.values(form));
        model.put("soorten", OrganisationFields.kinds());
        return model;
    }
}
