package nl.bijeen.web.organisation.pages;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What may become a link on a page: only http(s) web addresses (never "javascript:" or "data:" from a source),
 * plausible e-mail addresses and telephone numbers made of digits. Also the readable slug of an organisation's path.
 */
public final class SafeLinks {

    private SafeLinks() {
    }

    static String web(URI uri) {
        if (uri == null) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
    }

    static String email(String address) {
        return address != null && address.matches("[^\\s@<>\"'()]+@[^\\s@<>\"'()]+\\.[A-Za-z]{2,}") ? address : null;
    }

    /** "tel:0714011234" for a number with at least six digits; {@code null} otherwise. */
    static String tel(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.replace("+", "").length() >= 6 ? "tel:" + digits : null;
    }

    /** "/organisaties/101-welzijnskwartier": the id decides, the name only makes the address readable. */
    public static String organisationPath(long id, String name) {
        String slug = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return "/organisaties/" + id + (slug.isEmpty() ? "" : "-" + slug);
    }
}
