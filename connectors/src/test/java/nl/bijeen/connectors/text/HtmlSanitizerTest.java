package nl.bijeen.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Description;

class HtmlSanitizerTest {

    private static final URI BASE = URI.create("https://www.dekern-katwijk.nl/agenda/");

    @Test
    void keepsTheSmallSafeSubsetAndDropsTheRest() {
        Description d = HtmlSanitizer.describe("<div class=\"x\"><h2>Welkom</h2><p style=\"color:red\">Een <em>mooie</em> "
                + "<span>dag</span><img src=\"x.jpg\" onerror=\"alert(1)\"></p><iframe src=\"https://evil\"></iframe>"
                + "<ul><li>koffie</li><li>thee</li></ul></div>", BASE);

        assertThat(d.html()).isEqualTo("Welkom<p>Een <em>mooie</em> dag</p><ul><li>koffie</li><li>thee</li></ul>");
        assertThat(d.text()).isEqualTo("Welkom\n\nEen mooie dag\n\nkoffie\nthee");
    }

    @Test
    void linksAreResolvedAndMarkedAndJavascriptIsDropped() {
        Description d = HtmlSanitizer.describe("<p><a href=\"../contact\">Contact</a> of "
                + "<a href=\"javascript:alert(1)\">dit</a> of <a href=\"mailto:info@dekern-katwijk.nl\">mail</a></p>", BASE);

        assertThat(d.html()).isEqualTo("<p><a href=\"https://www.dekern-katwijk.nl/contact\" rel=\"nofollow noopener\">"
                + "Contact</a> of dit of <a href=\"mailto:info@dekern-katwijk.nl\" rel=\"nofollow noopener\">mail</a></p>");
    }

    @Test
    void entitiesAreDecodedInTheText() {
        Description d = HtmlSanitizer.describe("Caf&eacute; &amp; terras, entree &euro;&nbsp;2,50", BASE);

        assertThat(d.text()).isEqualTo("Café & terras, entree € 2,50");
    }

    @Test
    void plainTextKeepsParagraphsAndIsEscapedInHtml() {
        Description d = HtmlSanitizer.describe("Regel een\nRegel <twee>\n\nNieuwe alinea", BASE);

        assertThat(d.text()).isEqualTo("Regel een\nRegel <twee>\n\nNieuwe alinea");
        assertThat(d.html()).isEqualTo("<p>Regel een<br>Regel &lt;twee&gt;</p><p>Nieuwe alinea</p>");
    }

    @Test
    void blankInputIsEmpty() {
        assertThat(HtmlSanitizer.describe("  ", BASE)).isEqualTo(Description.EMPTY);
        assertThat(HtmlSanitizer.describe(null, BASE)).isEqualTo(Description.EMPTY);
    }
}
