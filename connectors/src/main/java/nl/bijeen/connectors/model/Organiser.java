package nl.bijeen.connectors.model;

import java.net.URI;
import java.util.List;

/**
 * An organisation as one source names it: the organiser of an activity, or the publisher of a whole feed or site
 * ({@link ParseResult#publisher()}). Every part except the name may be {@code null} (or empty) when not published;
 * the aggregator recognises the same organisation named differently across sources and merges what they say.
 *
 * @param name         as published ("Stichting Welzijnskwartier Katwijk", or only "welzijnskwartier.nl")
 * @param url          its website, absolute, or {@code null}
 * @param email        contact e-mail address (without "mailto:"), or {@code null}
 * @param phone        telephone number as published, or {@code null}
 * @param place        its address and coordinates (not where an activity takes place), or {@code null}
 * @param description  plain text about the organisation, or {@code null}
 * @param logo         absolute URL of its logo or picture, or {@code null}
 * @param openingHours opening hours as published, one line per rule ("Mo-Fr 09:00-17:00", "ma t/m vr 9-17 uur")
 * @param kind         its kind as the source states it (schema.org type such as "Library" or "Church", or a
 *                     recipe's label), or {@code null}; classification into Bijeen's kinds comes later
 * @param subsidised   true/false when the source states it, {@code null} when it does not say
 */
public record Organiser(String name, String url, String email, String phone, Place place, String description,
                        URI logo, List<String> openingHours, String kind, Boolean subsidised) {

    public Organiser {
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }

    /** An organiser known by name, website and e-mail only (iCal ORGANIZER, feed authors). */
    public Organiser(String name, String url, String email) {
        this(name, url, email, null, null, null, null, List.of(), null, null);
    }

    /** True when nothing but name, website and e-mail is known. */
    public boolean isBare() {
        return phone == null && place == null && description == null && logo == null && openingHours.isEmpty()
                && kind == null && subsidised == null;
    }
}
