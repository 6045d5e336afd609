package nl.bijeen.web.admin.organisation;

import java.util.Map;
import java.util.Optional;

/**
 * The fields of an organisation decision: one or two numbers and a reason, each required; {@code problem} says in
 * plain Dutch what is missing (null when all is well).
 */
record OrganisationForm(Optional<Long> first, Optional<Long> second, String reason, String problem) {

    private static final int MAX_REASON = 1000;

    /** @param secondField null when the decision is about one thing */
    static OrganisationForm read(Map<String, String> form, String firstField, String secondField) {
        Optional<Long> first = number(form.get(firstField));
        Optional<Long> second = secondField == null ? Optional.empty() : number(form.get(secondField));
        String reason = form.getOrDefault("reden", "").strip();
        String problem = first.isEmpty() || (secondField != null && second.isEmpty())
                ? "Vul een nummer in (alleen cijfers)."
                : reason.isEmpty() ? "Schrijf waarom: de reden komt in het logboek."
                : reason.length() > MAX_REASON ? "Schrijf de reden in minder dan 1000 tekens."
                : secondField != null && first.equals(second) ? "Kies twee verschillende nummers." : null;
        return new OrganisationForm(first, second, reason, problem);
    }

    static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
