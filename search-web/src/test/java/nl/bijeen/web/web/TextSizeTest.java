package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micronaut.http.cookie.Cookie;

/** The letter-size control: plain links and a cookie, no JavaScript, and no way to redirect elsewhere. */
class TextSizeTest {

    @Test
    void chosenSizeIsKeptInACookieAndTheVisitorGoesBack() {
        var response = new TextSizeControl().choose("groter", "/?q=koffie");

        assertThat(response.getStatus().getCode()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location")).isEqualTo("/?q=koffie");
        assertThat(response.getCookie(TextSize.COOKIE)).map(Cookie::getValue).contains("groter");
    }

    @Test
    void theWayBackNeverLeavesTheSite() {
        assertThat(TextSizeControl.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(TextSizeControl.localPath("//evil.example/")).isEqualTo("/");
        assertThat(TextSizeControl.localPath("/\\evil.example/")).isEqualTo("/");
        assertThat(TextSizeControl.localPath("/agenda?pagina=2")).isEqualTo("/agenda?pagina=2");
    }

    @Test
    void anythingButTheThreeSizesMeansNoChoice() {
        assertThat(TextSize.parse("<script>")).isEmpty();
        assertThat(TextSize.parse(" Grootst ")).contains(TextSize.GROOTST);
    }
}
