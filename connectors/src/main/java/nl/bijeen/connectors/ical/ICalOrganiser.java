package nl.bijeen.connectors.ical;

import java.net.URI;
import java.util.Optional;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.text.Links;

/**
 * ORGANIZER as an organisation: the CN parameter is its name, a mailto: value its e-mail address and any other URI
 * its website. On a VEVENT it is the activity's organiser. On the VCALENDAR itself (not in RFC 5545, but several
 * CMS exports put it there) it names who publishes the whole calendar. X-WR-CALNAME, X-WR-CALDESC and
 * X-WR-RELCALID name the calendar, not an organisation ("Agenda", "Activiteiten 2026"), and X-ORIGINAL-URL is the
 * calendar's own address: none of them makes a publisher.
 */
final class ICalOrganiser {

    private ICalOrganiser() {
    }

    /** The component's ORGANIZER, or {@code null} when it has none with a name, e-mail or website. */
    static Organiser of(RawComponent component, URI base) {
        Optional<RawProperty> organizer = component.first("ORGANIZER");
        if (organizer.isEmpty()) {
            return null;
        }
        String name = organizer.get().parameter("CN");
        String value = organizer.get().value().strip();
        String email = value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7).strip() : null;
        URI url = email == null && !value.isEmpty() ? Links.absolute(value, base) : null;
        if ((name == null || name.isBlank()) && (email == null || email.isEmpty()) && url == null) {
            return null;
        }
        return new Organiser(name == null || name.isBlank() ? null : name.strip(), url == null ? null : url.toString(),
                email == null || email.isEmpty() ? null : email);
    }
}
