package nl.bijeen.web.web;

import java.util.Locale;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

/**
 * The letter size a visitor chose. It is kept in a cookie (set by a plain link, see {@link TextSizeControl}) so it
 * works without JavaScript and stays the same on every page; a {@code tekst} query parameter wins for one page,
 * for links a welfare worker sends on.
 */
public enum TextSize {
    NORMAAL("tekst-normaal", "normaal"), GROTER("tekst-groter", "groter"), GROOTST("tekst-grootst", "grootst");

    static final String COOKIE = "tekstgrootte";
    static final String PARAMETER = "tekst";

    private final String cssClass;
    private final String label;

    TextSize(String cssClass, String label) {
        this.cssClass = cssClass;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Anything else than the three names (an old or tampered cookie) means the normal size. */
    static Optional<TextSize> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (TextSize size : values()) {
            if (size.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    static TextSize of(HttpRequest<?> request) {
        return parse(request.getParameters().get(PARAMETER))
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(TextSize::parse))
                .orElse(NORMAAL);
    }
}
