package nl.bijeen.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;

/** Who may see /dekking: welfare workers and admins after logging in; nobody else. */
@MicronautTest
class CoverageAccessTest extends StaffApp {

    private static final List<String> PATHS = List.of("/dekking", "/dekking/thema.csv", "/dekking/doelgroep.csv",
            "/dekking/kaart.csv", "/dekking/bronnen.csv", "/dekking/zoekvraag.csv", "/dekking/wijken.geojson");

    CoverageAccessTest() {
        super("coverage-access");
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        for (String path : PATHS) {
            HttpResponse<String> answer = browser().get(path);
            assertThat(answer.getStatus().getCode()).as(path).isEqualTo(303);
            assertThat(answer.header("Location")).as(path).startsWith("/inloggen?terug=");
        }
    }

    @Test
    void aWelfareWorkerOpensEveryPartOfIt() {
        FormClient worker = browser().logIn(PROFESSIONAL, PASSWORD);
        for (String path : PATHS) {
            assertThat(worker.get(path).getStatus().getCode()).as(path).isEqualTo(200);
        }
        assertThat(worker.get("/dekking").body()).contains("<h1>Dekking van het aanbod</h1>")
                .contains("Wijken en thema’s").contains("Wijken en doelgroepen").contains("Kaart van de wijken");
    }

    @Test
    void anAdminOpensItToo() {
        assertThat(browser().logIn(ADMIN, PASSWORD).get("/dekking").getStatus().getCode()).isEqualTo(200);
    }

    @Test
    void adminPagesStillRefuseAWelfareWorker() {
        FormClient worker = browser().logIn(PROFESSIONAL, PASSWORD);

        assertThat(worker.get("/beheer").getStatus().getCode()).isEqualTo(403);
        assertThat(worker.get("/beheer/gebruikers").getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void theAgendaSourceThatWasJustReadIsNotListedAsStale() {
        String page = browser().logIn(PROFESSIONAL, PASSWORD).get("/dekking").body();

        assertThat(page).contains("Alle bronnen zijn kortgeleden goed opgehaald.");
    }
}
