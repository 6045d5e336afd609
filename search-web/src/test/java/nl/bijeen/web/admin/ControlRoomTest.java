package nl.bijeen.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.source.SourcesFile;
import nl.bijeen.aggregator.store.ClusterMember;
import nl.bijeen.aggregator.store.Hiding;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.api.ActivityJson;
import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * The control room over real HTTP: the sources table, a source's page with its crawl log and settings (dry run,
 * save), deduplication review, hiding, and the audit log. Next to the test agenda there is a source that cannot be
 * reached, so the table has a failing one. Tests that change activities undo their change at the end.
 */
@MicronautTest
class ControlRoomTest extends StaffApp {

    static final String BROKEN = "kapotte-bron";
    static final String HOSTILE_TITLE = "=HYPERLINK(\"https://evil.example/\";\"Rommelmarkt\")";
    static final String HOSTILE_ESCAPED = "=HYPERLINK(&quot;https://evil.example/&quot;;&quot;Rommelmarkt&quot;)";

    private final Path sourcesDir = TestDirs.create("bijeen-controlroom-sources");

    @Inject
    DataSource dataSource;

    ControlRoomTest() {
        super("controlroom");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.sources-file", sourcesFile().toString());
        return properties;
    }

    private Path sourcesFile() {
        Path file = sourcesDir.resolve("sources.yml");
        TestDirs.write(file, """
                sources:
                  - id: %s
                    name: Buurthuis De Kern — agenda
                    url: %s
                    format: ical
                    schedule: 1h
                  - id: %s
                    name: Kapotte bron
                    url: http://127.0.0.1:1/agenda.ics
                    format: ical
                    schedule: 1h
                """.formatted(SOURCE, agenda.agendaUri(), BROKEN));
        return file;
    }

    @BeforeAll
    void crawlTheBrokenSourceOnce() {
        assertThat(aggregator.crawlNow(BROKEN).success()).isFalse();
    }

    @AfterAll
    void removeSourcesFile() {
        TestDirs.delete(sourcesDir);
    }

    @Test
    void sourcesTableFiltersAndSortsWithGetParameters() {
        FormClient admin = admin();

        String failing = admin.get("/beheer/bronnen?gezondheid=fout").body();
        String byText = admin.get("/beheer/bronnen?tekst=kern").body();
        String byNameDown = admin.get("/beheer/bronnen?sorteer=naam&richting=af").body();
        String byNameUp = admin.get("/beheer/bronnen?sorteer=naam&richting=op").body();

        assertThat(failing).contains(">" + BROKEN + "<").doesNotContain(">" + SOURCE + "<").contains("1 keer mislukt");
        assertThat(byText).contains(">" + SOURCE + "<").doesNotContain(">" + BROKEN + "<");
        assertThat(byNameDown.indexOf(">" + BROKEN + "<")).isLessThan(byNameDown.indexOf(">" + SOURCE + "<"));
        assertThat(byNameUp.indexOf(">" + SOURCE + "<")).isLessThan(byNameUp.indexOf(">" + BROKEN + "<"));
        assertThat(byNameUp).contains("aria-sort=\"ascending\"");
        assertThat(admin.get("/beheer/bronnen?formaat=feed").body()).contains("<span>0</span> van <span>2</span>")
                .doesNotContain(">" + SOURCE + "<");
    }

    @Test
    void sourcePageShowsTheCrawlLog() {
        String page = admin().get("/beheer/bronnen/" + SOURCE).body();

        assertThat(page).contains("Ophaallogboek").contains("<td>ok</td>");
        assertThat(admin().get("/beheer/bronnen/" + BROKEN).body()).contains("<td>failed</td>");
    }

    @Test
    void dryRunShowsWhatItReadsAndStoresNothing() {
        long activities = aggregator.store().count();
        long lastChange = aggregator.store().lastSeq();
        SourceStatus before = status(SOURCE);

        HttpResponse<String> answer = admin().submit("/beheer/bronnen/" + SOURCE, "/beheer/bronnen/" + SOURCE
                + "/instellingen", settings("30m", "proefrit"));

        assertThat(answer.getStatus().getCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Proefrit (niets opgeslagen)").contains("activiteiten gelezen")
                .contains(COFFEE).contains(HOSTILE_ESCAPED).doesNotContain(HOSTILE_TITLE)
                .contains("value=\"30m\"");
        assertThat(aggregator.store().count()).isEqualTo(activities);
        assertThat(aggregator.store().lastSeq()).isEqualTo(lastChange);
        assertThat(status(SOURCE).schedule()).isEqualTo(before.schedule());
        assertThat(answer.body()).as("the dry run's answer has forms with a token")
                .containsPattern("name=\"csrfToken\" value=\"[^\"]+\"");
    }

    @Test
    void aWrongScheduleIsExplainedAndChangesNothing() {
        SourceStatus before = status(SOURCE);

        HttpResponse<String> answer = admin().submit("/beheer/bronnen/" + SOURCE, "/beheer/bronnen/" + SOURCE
                + "/instellingen", settings("vaak", "opslaan"));

        assertThat(answer.getStatus().getCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Hoe vaak ophalen: schrijf een getal met m, h of d");
        assertThat(status(SOURCE)).isEqualTo(before);
    }

    @Test
    void savedSettingsWinOverTheSourcesFileAfterARestart() {
        Map<String, String> form = settings("2h", "opslaan");
        form.put("doelgroepen", "senioren");
        form.put("prioriteit", "5");

        HttpResponse<String> answer = admin().submit("/beheer/bronnen/" + BROKEN, "/beheer/bronnen/" + BROKEN
                + "/instellingen", form);
        // what a start does: the file is synced into the table again
        new SourceRegistry(dataSource).sync(SourcesFile.load(sourcesFile()), Instant.now());

        assertThat(answer.getStatus().getCode()).isEqualTo(303);
        SourceStatus after = status(BROKEN);
        assertThat(after.schedule()).isEqualTo(Duration.ofHours(2));
        assertThat(after.settings().priority()).isEqualTo(5);
        assertThat(after.settings().defaultAudiences()).containsExactly("senioren");
        assertThat(admin().get("/beheer/bronnen/" + BROKEN).body()).contains("aangepast door <span>" + ADMIN);
        assertThat(admin().get("/beheer/logboek?wat=source.edit").body()).contains(ADMIN).contains("schema 2h")
                .contains("omdat het moet");

        admin().submit("/beheer/bronnen/" + BROKEN, "/beheer/bronnen/" + BROKEN + "/terugzetten",
                Map.of("reden", "het bestand klopt weer"));
        assertThat(status(BROKEN).schedule()).as("sources.yml decides again").isEqualTo(Duration.ofHours(1));
        assertThat(status(BROKEN).settings().priority()).isZero();
        assertThat(admin().get("/beheer/bronnen/" + BROKEN).body()).doesNotContain("aangepast door");
    }

    @Test
    void mergeAndSplitOnTheReviewPageChangeTheApi() {
        FormClient admin = admin();
        long coffeeItem = itemTitled(COFFEE);
        long hostileItem = itemTitled(HOSTILE_TITLE);
        long total = api().total();

        HttpResponse<String> merged = admin.submit("/beheer/ontdubbelen", "/beheer/ontdubbelen/samenvoegen",
                Map.of("activiteit_a", Long.toString(activityTitled(COFFEE)),
                        "activiteit_b", Long.toString(activityTitled(HOSTILE_TITLE)), "reden", "zelfde ochtend"));
        indexed();
        long together = activityOf(coffeeItem);
        assertThat(merged.getStatus().getCode()).isEqualTo(303);
        assertThat(activityOf(hostileItem)).isEqualTo(together);
        assertThat(api().total()).isEqualTo(total - 1);
        assertThat(admin.get("/beheer/ontdubbelen").body()).contains("Activiteit <span>" + together + "</span>");

        HttpResponse<String> split = admin.submit("/beheer/ontdubbelen", "/beheer/ontdubbelen/afsplitsen",
                Map.of("item", Long.toString(hostileItem), "reden", "toch niet hetzelfde"));
        indexed();

        assertThat(split.getStatus().getCode()).isEqualTo(303);
        assertThat(activityOf(hostileItem)).isNotEqualTo(activityOf(coffeeItem));
        assertThat(api().total()).isEqualTo(total);
        assertThat(api().activities()).extracting(ActivityJson::title).contains(COFFEE, HOSTILE_TITLE);
        String log = admin.get("/beheer/logboek?wie=" + ADMIN).body();
        assertThat(log).contains("dedupe.merge").contains("zelfde ochtend").contains("dedupe.split")
                .contains("toch niet hetzelfde");
    }

    @Test
    void aMergeWithoutAReasonIsRefusedInPlainDutch() {
        HttpResponse<String> answer = admin().submit("/beheer/ontdubbelen", "/beheer/ontdubbelen/samenvoegen",
                Map.of("activiteit_a", "1", "activiteit_b", "2", "reden", " "));

        assertThat(answer.getStatus().getCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("Schrijf waarom");
    }

    @Test
    void hiddenActivityLeavesTheApiAndTheExportsUntilShownAgain() {
        FormClient admin = admin();
        long coffee = activityTitled(COFFEE);

        HttpResponse<String> hidden = admin.submit("/beheer/verborgen", "/beheer/verbergen",
                Map.of("activiteit", Long.toString(coffee), "reden", "spam"));
        indexed();

        assertThat(hidden.getStatus().getCode()).isEqualTo(303);
        assertThat(api().activities()).extracting(ActivityJson::title).doesNotContain(COFFEE)
                .contains(HOSTILE_TITLE);
        assertThat(text("/export/activiteiten.csv")).doesNotContain(COFFEE).contains("Rommelmarkt");
        assertThat(admin.get("/beheer/verborgen").body()).contains(COFFEE).contains("<td>spam</td>");
        assertThat(admin.get("/beheer/logboek?wat=activity.hide").body()).contains(ADMIN).contains("spam");

        admin.submit("/beheer/verborgen", "/beheer/verborgen/tonen",
                Map.of("activiteit", Long.toString(coffee), "reden", "toch goed"));
        indexed();
        assertThat(api().activities()).extracting(ActivityJson::title).contains(COFFEE);
    }

    @Test
    void hostileTitleIsInertOnTheReviewAndHiddenPagesAndAHiddenItemLeavesTheRestOfItsActivity() {
        FormClient admin = admin();
        long hostileItem = itemTitled(HOSTILE_TITLE);
        long coffeeItem = itemTitled(COFFEE);
        admin.submit("/beheer/ontdubbelen", "/beheer/ontdubbelen/samenvoegen", Map.of("activiteit_a",
                Long.toString(activityTitled(HOSTILE_TITLE)), "activiteit_b", Long.toString(activityTitled(COFFEE)),
                "reden", "test"));
        indexed();

        String review = admin.get("/beheer/ontdubbelen").body();
        assertThat(review).contains(HOSTILE_ESCAPED).doesNotContain(HOSTILE_TITLE);

        assertThat(activityOf(hostileItem)).isEqualTo(activityOf(coffeeItem));
        admin.submit("/beheer/verborgen", "/beheer/verbergen",
                Map.of("item", Long.toString(hostileItem), "reden", "ongepast"));
        indexed();

        assertThat(admin.get("/beheer/verborgen").body()).contains(HOSTILE_ESCAPED).doesNotContain(HOSTILE_TITLE);
        assertThat(api().activities()).extracting(ActivityJson::title).doesNotContain(HOSTILE_TITLE)
                .contains(COFFEE);
        admin.submit("/beheer/verborgen", "/beheer/verborgen/tonen",
                Map.of("activiteit", Long.toString(activityOf(hostileItem)), "reden", "terug"));
        indexed();
        assertThat(api().activities()).extracting(ActivityJson::title).contains(HOSTILE_TITLE, COFFEE);
    }

    @Test
    void aProfessionalIsRefusedEveryControlRoomPage() {
        FormClient professional = browser().logIn(PROFESSIONAL, PASSWORD);

        for (String page : List.of("/beheer/bronnen", "/beheer/bronnen/" + SOURCE, "/beheer/ontdubbelen",
                "/beheer/verborgen", "/beheer/logboek")) {
            assertThat(professional.get(page).getStatus().getCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void aPostWithoutTheFormTokenIsRefusedAndChangesNothing() {
        FormClient admin = admin();
        long coffee = activityTitled(COFFEE);

        for (String action : List.of("/beheer/verbergen", "/beheer/ontdubbelen/samenvoegen",
                "/beheer/bronnen/" + SOURCE + "/instellingen", "/beheer/bronnen/" + SOURCE + "/ophalen")) {
            HttpResponse<String> answer = admin.post(action, Map.of("activiteit", Long.toString(coffee),
                    "reden", "spam", "schema", "1d", "formaat", "ical", "actie", "opslaan"));
            assertThat(answer.getStatus().getCode()).as(action).isEqualTo(403);
        }
        assertThat(aggregator.store().find(coffee)).isPresent();
        assertThat(status(SOURCE).schedule()).isEqualTo(Duration.ofHours(1));
    }

    private FormClient admin() {
        return browser().logIn(ADMIN, PASSWORD);
    }

    private static Map<String, String> settings(String schedule, String action) {
        Map<String, String> form = new HashMap<>();
        form.put("schema", schedule);
        form.put("formaat", "ical");
        form.put("recept", "");
        form.put("doelgroepen", "");
        form.put("themas", "");
        form.put("wijk", "");
        form.put("prioriteit", "0");
        form.put("reden", "omdat het moet");
        form.put("actie", action);
        return form;
    }

    private SourceStatus status(String id) {
        return aggregator.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private long activityTitled(String title) {
        return aggregator.store().findBySource(SOURCE).stream()
                .filter(a -> a.draft().title().equals(title)).findFirst().map(StoredActivity::id).orElseThrow();
    }

    private long itemTitled(String title) {
        return aggregator.store().members(activityTitled(title)).stream().filter(m -> m.title().equals(title))
                .findFirst().map(ClusterMember::itemId).orElseThrow();
    }

    private long activityOf(long itemId) {
        return new Hiding(dataSource).activityOfItem(itemId).orElseThrow();
    }

    private ActivitiesResponse api() {
        return http.toBlocking().retrieve("/api/activities?limit=200", ActivitiesResponse.class);
    }

    private void indexed() {
        long target = aggregator.store().lastSeq();
        Wait.until("the index has applied change " + target, Duration.ofSeconds(20),
                () -> follower.lastAppliedSeq() >= target);
    }
}
