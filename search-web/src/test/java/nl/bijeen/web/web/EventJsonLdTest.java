package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSON-LD sits in a script element: scraped text must not be able to end it. */
class EventJsonLdTest {

    @Test
    void charactersThatCouldEndTheScriptElementAreWrittenAsUnicodeEscapes() {
        String json = EventJsonLd.scriptSafe("{\"name\":\"</script><script>alert(1)</script><!-- & \u2028\"}");

        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
                .contains("\\u003c/script\\u003e");
    }
}
