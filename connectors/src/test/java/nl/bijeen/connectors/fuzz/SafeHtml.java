package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What "nothing live" means for the sanitiser's HTML, checked the way a browser would see it: the output is parsed
 * again (twice, so that markup which only turns live after a round trip, mXSS, is caught too) and every element
 * must be one of the allowed tags, with no attribute other than a link's href and rel, and every href must use
 * http, https or mailto after the characters browsers ignore in a scheme are removed.
 */
final class SafeHtml {

    static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private SafeHtml() {
    }

    static void assertNothingLive(String html) {
        Element once = Jsoup.parseBodyFragment(html).body();
        assertElementsAllowed(once, html);
        String roundTrip = once.html();
        assertElementsAllowed(Jsoup.parseBodyFragment(roundTrip).body(), roundTrip);
    }

    private static void assertElementsAllowed(Element body, String html) {
        for (Element element : body.select("*")) {
            if (element == body) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as("element <%s> in %s", element.normalName(), html).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute %s in %s", name, html).doesNotStartWith("on");
                assertThat(element.normalName().equals("a") && (name.equals("href") || name.equals("rel")))
                        .as("attribute %s on <%s> in %s", name, element.normalName(), html).isTrue();
                if (name.equals("href") || name.equals("src")) {
                    assertThat(SAFE_SCHEMES).as("scheme of %s in %s", attribute.getValue(), html)
                            .contains(scheme(attribute.getValue()));
                }
            }
        }
    }

    /** The scheme as a browser reads it: C0 controls and spaces dropped, case ignored; "" when there is none. */
    static String scheme(String url) {
        StringBuilder kept = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ') {
                kept.append(c);
            }
        }
        String s = kept.toString();
        int colon = s.indexOf(':');
        return colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
