package nl.bijeen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;

/** Logging in and out over real HTTP: sessions on the server, safe cookies, one message for wrong credentials. */
@MicronautTest
class LoginTest extends StaffApp {

    LoginTest() {
        super("login");
    }

    @Test
    void adminLogsInWithASafeCookieAndIsSentToTheControlRoom() {
        FormClient browser = browser();

        HttpResponse<String> answer = browser.submit("/inloggen", "/inloggen",
                Map.of("gebruikersnaam", ADMIN, "wachtwoord", PASSWORD));

        assertThat(answer.getStatus().getCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/beheer");
        assertThat(answer.getHeaders().getAll("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(SessionCookie.NAME + "=").containsIgnoringCase("HttpOnly").contains("Secure")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(browser.get("/beheer").body()).contains("<h1>Beheer</h1>");
    }

    @Test
    void loginBringsYouBackToThePageYouAskedFor() {
        FormClient browser = browser();
        HttpResponse<String> asked = browser.get("/beheer/gebruikers");
        assertThat(asked.getStatus().getCode()).isEqualTo(303);
        assertThat(asked.header("Location")).isEqualTo("/inloggen?terug=%2Fbeheer%2Fgebruikers");

        HttpResponse<String> answer = browser.submit("/inloggen?terug=%2Fbeheer%2Fgebruikers", "/inloggen",
                Map.of("gebruikersnaam", ADMIN, "wachtwoord", PASSWORD, "terug", "/beheer/gebruikers"));

        assertThat(answer.header("Location")).isEqualTo("/beheer/gebruikers");
    }

    @Test
    void aLinkToAnotherSiteIsNeverFollowedAfterLogin() {
        HttpResponse<String> answer = browser().submit("/inloggen", "/inloggen",
                Map.of("gebruikersnaam", ADMIN, "wachtwoord", PASSWORD, "terug", "//elders.example/"));

        assertThat(answer.header("Location")).isEqualTo("/beheer");
    }

    @Test
    void wrongPasswordGetsOneMessageAndNoSession() {
        FormClient browser = browser();

        HttpResponse<String> answer = browser.submit("/inloggen", "/inloggen",
                Map.of("gebruikersnaam", PROFESSIONAL, "wachtwoord", "fout wachtwoord!"));

        assertThat(answer.getStatus().getCode()).isEqualTo(401);
        assertThat(answer.body()).contains("De gebruikersnaam of het wachtwoord klopt niet.");
        assertThat(browser.has(SessionCookie.NAME)).isFalse();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaits() {
        String name = "gokker";
        users.create(name, PASSWORD, java.util.List.of(Roles.PROFESSIONAL));
        for (int i = 0; i < 5; i++) {
            browser().submit("/inloggen", "/inloggen", Map.of("gebruikersnaam", name, "wachtwoord", "gok " + i));
        }

        HttpResponse<String> answer = browser().submit("/inloggen", "/inloggen",
                Map.of("gebruikersnaam", name, "wachtwoord", PASSWORD));

        assertThat(answer.getStatus().getCode()).isEqualTo(429);
        assertThat(answer.body()).contains("Wacht een kwartier");
    }

    @Test
    void loginWithoutTheFormsTokenIsRefused() {
        FormClient browser = browser();
        browser.get("/inloggen");

        HttpResponse<String> answer = browser.post("/inloggen",
                Map.of("gebruikersnaam", ADMIN, "wachtwoord", PASSWORD, "csrfToken", "verzonnen"));

        assertThat(answer.getStatus().getCode()).isEqualTo(403);
        assertThat(browser.has(SessionCookie.NAME)).isFalse();
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        FormClient browser = browser().logIn(ADMIN, PASSWORD);
        assertThat(browser.get("/beheer").getStatus().getCode()).isEqualTo(200);

        HttpResponse<String> out = browser.submit("/beheer", "/uitloggen", Map.of());

        assertThat(out.getStatus().getCode()).isEqualTo(303);
        assertThat(browser.get("/beheer").getStatus().getCode()).isEqualTo(303);
    }

    @Test
    void professionalCannotOpenTheControlRoom() {
        FormClient browser = browser().logIn(PROFESSIONAL, PASSWORD);

        HttpResponse<String> answer = browser.get("/beheer");

        assertThat(answer.getStatus().getCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Geen toegang");
    }

    @Test
    void adminAddsAProfessionalWhoCanThenLogIn() {
        FormClient admin = browser().logIn(ADMIN, PASSWORD);

        HttpResponse<String> added = admin.submit("/beheer/gebruikers", "/beheer/gebruikers",
                Map.of("gebruikersnaam", "fatima", "rol", Roles.PROFESSIONAL, "wachtwoord", "twaalf tekens lang"));

        assertThat(added.getStatus().getCode()).isEqualTo(303);
        assertThat(browser().logIn("fatima", "twaalf tekens lang").get("/beheer").getStatus().getCode())
                .isEqualTo(403);
        assertThat(admin.get("/beheer").body()).contains("user.add").contains("fatima");
    }
}
