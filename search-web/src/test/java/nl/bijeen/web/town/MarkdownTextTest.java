package nl.bijeen.web.town;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An admin's Markdown becomes HTML that cannot run anything on a resident's page. */
class MarkdownTextTest {

    @Test
    void headingsListsEmphasisAndLinksSurvive() {
        String html = MarkdownText.html("""
                # Welkom in Katwijk

                Hier vindt u **alles** over de buurt.

                - het welzijnsloket
                - de bibliotheek

                Zie [de gemeente](https://www.katwijk.nl/) of mail [het loket](mailto:loket@katwijk.nl).
                """);

        assertThat(html).contains("<h2>Welkom in Katwijk</h2>")
                .contains("<strong>alles</strong>")
                .contains("<ul>").contains("<li>het welzijnsloket</li>")
                .contains("<a href=\"https://www.katwijk.nl/\" rel=\"nofollow noopener\">de gemeente</a>")
                .contains("href=\"mailto:loket@katwijk.nl\"")
                .doesNotContain("<h1>");
    }

    @Test
    void scriptsFramesStylesAndEventAttributesAreRemoved() {
        String html = MarkdownText.html("""
                Voor <script>alert(1)</script> na.

                <iframe src="https://evil.example/"></iframe>

                <style>body { display: none }</style>

                <p onclick="alert(2)">klik</p>

                <img src=x onerror="alert(3)">
                """);

        assertThat(html).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<style")
                .doesNotContain("onclick=").doesNotContain("onerror=").doesNotContain("<img")
                .contains("Voor").contains("na.");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTargetButKeepTheirText() {
        String html = MarkdownText.html("[klik hier](javascript:alert(1)) en [plaatje](data:text/html;base64,PHNjcmlwdD4=)"
                + " en <a href=\"javascript:alert(2)\">ruw</a>");

        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:text")
                .contains("klik hier").contains("plaatje");
    }

    @Test
    void nothingWrittenIsEmpty() {
        assertThat(MarkdownText.html("  \n")).isEmpty();
        assertThat(MarkdownText.html(null)).isEmpty();
    }
}
