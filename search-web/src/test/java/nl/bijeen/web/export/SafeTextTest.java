package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links and addresses from sources are kept only when they are what they claim to be. */
class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "file:///etc/passwd",
            "ftp://example.nl/x", "/relatief", "http://", "http://a b", "vbscript:x"})
    void onlyAbsoluteHttpAndHttpsLinksAreKept(String link) {
        assertThat(SafeText.webLink(link)).isNull();
    }

    @Test
    void webLinkIsKeptAsItIs() {
        assertThat(SafeText.webLink(" https://dekern.example/agenda?x=1 ")).isEqualTo("https://dekern.example/agenda?x=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen adres", "a@b", "<a@b.nl>", "x\"@b.nl", "a@b.nl;=1+1"})
    void somethingThatIsNotAnEmailAddressIsDropped(String address) {
        assertThat(SafeText.email(address)).isNull();
    }

    @Test
    void mailtoPrefixIsRemovedFromAnEmailAddress() {
        assertThat(SafeText.email("MAILTO:info@dekern.example")).isEqualTo("info@dekern.example");
    }

    @Test
    void htmlEscapingCoversEveryCharacterThatStartsMarkupOrEndsAnAttribute() {
        assertThat(SafeText.html("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }
}
