package nl.bijeen.aggregator.organisation;

import java.net.URI;
import java.util.Locale;

import nl.bijeen.connectors.model.Organiser;

/**
 * One mention as recognition sees it: its name key and the contact details that tell organisations apart.
 *
 * @param id         the mention's id
 * @param name       as published
 * @param key        the comparable name
 * @param host       website host without "www.", or null
 * @param email      lower-case e-mail address, or null
 * @param mailDomain the e-mail domain when it is the organisation's own (not a generic provider), or null
 * @param phone      the last nine digits of the phone number (so "071-1234567" meets "+31 71 123 4567"), or null
 */
public record Naming(long id, String name, NameKey key, String host, String email, String mailDomain,
                     String phone) {

    private static final int PHONE_DIGITS = 9;

    public static Naming of(long id, Organiser organiser, RecognitionSettings settings) {
        String email = organiser.email() == null || organiser.email().isBlank() ? null
                : organiser.email().trim().toLowerCase(Locale.ROOT).replaceFirst("^mailto:", "");
        String domain = email == null || !email.contains("@") ? null : email.substring(email.indexOf('@') + 1);
        if (domain != null && settings.genericMailDomains().contains(domain)) {
            domain = null;
        }
        return new Naming(id, organiser.name(), NameKey.of(organiser.name(), settings.towns(), settings.typeWords()), host(organiser.url()),
                email, domain, phone(organiser.phone()));
    }

    /** The host of a website, lower case, without "www."; null when there is none or it is not a URL. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String text = url.trim().contains("://") ? url.trim() : "https://" + url.trim();
            String host = URI.create(text).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null; // a website that is no URL says nothing
        }
    }

    private static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < PHONE_DIGITS ? null : digits.substring(digits.length() - PHONE_DIGITS);
    }
}
