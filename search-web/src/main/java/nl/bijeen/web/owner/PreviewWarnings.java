package nl.bijeen.web.owner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.bijeen.connectors.model.ActivityDraft;

/** What a site owner may want to improve, judged from the activities a preview understood, in plain Dutch. */
final class PreviewWarnings {

    static final String NO_DATES = "Bij geen enkele activiteit vond Bijeen een datum. Zet de datum en de tijd in"
            + " uw agenda, dan zien bewoners wanneer het is.";
    static final String NO_PLACE = "Bij geen enkele activiteit vond Bijeen een plaats of adres. Zet erbij waar het"
            + " is, dan kunnen bewoners het vinden.";
    static final String NO_IMAGES = "Geen enkele activiteit heeft een afbeelding. Dat hoeft niet, maar met een foto"
            + " valt een activiteit meer op.";

    private PreviewWarnings() {
    }

    static List<String> of(List<ActivityDraft> drafts, List<String> unreadable) {
        List<String> warnings = new ArrayList<>();
        lacking(drafts, d -> d.schedule().hasFixedDate(), NO_DATES, "datum", warnings);
        lacking(drafts, d -> d.place() != null, NO_PLACE, "plaats", warnings);
        if (drafts.stream().noneMatch(d -> d.image() != null)) {
            warnings.add(NO_IMAGES);
        }
        if (!unreadable.isEmpty()) {
            warnings.add("Bijeen kon " + unreadable.size() + (unreadable.size() == 1 ? " onderdeel" : " onderdelen")
                    + " niet lezen, bijvoorbeeld: " + unreadable.getFirst());
        }
        return warnings;
    }

    private static void lacking(List<ActivityDraft> drafts, Predicate<ActivityDraft> has, String none, String what,
                                List<String> warnings) {
        long with = drafts.stream().filter(has).count();
        if (with == 0) {
            warnings.add(none);
        } else if (with < drafts.size()) {
            warnings.add("Bij " + (drafts.size() - with) + " van de " + drafts.size() + " activiteiten vond Bijeen"
                    + " geen " + what + ".");
        }
    }
}
