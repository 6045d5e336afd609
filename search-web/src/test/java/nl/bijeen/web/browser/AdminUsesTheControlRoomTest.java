package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.store.ClusterMember;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.support.Wait;

/**
 * An admin in a real browser over the demo world: logs in, changes how often a source is read after a dry run, and
 * merges two activities on the review page; axe-core finds no WCAG 2.1 A or AA violations on the control room.
 */
@MicronautTest
class AdminUsesTheControlRoomTest extends DemoWorldInBrowser {

    private static final String ADMIN = "beheerder";
    private static final String PASSWORD = "correct paard batterij";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("bijeen.security.admin-username", ADMIN);
        properties.put("bijeen.security.admin-password", PASSWORD);
        return properties;
    }

    @BeforeAll
    void logIn() {
        open("/inloggen");
        browser.findElement(By.id("gebruikersnaam")).sendKeys(ADMIN);
        browser.findElement(By.id("wachtwoord")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        Wait.until("the control room after logging in", Duration.ofSeconds(10),
                () -> browser.getCurrentUrl().endsWith("/beheer"));
    }

    @Test
    void adminTriesANewScheduleThenSavesIt() {
        SourceStatus source = aggregator.sources().getFirst();
        long activities = aggregator.store().count();
        long lastChange = aggregator.store().lastSeq();
        open("/beheer/bronnen/" + source.id());

        WebElement schedule = browser.findElement(By.id("schema"));
        schedule.clear();
        schedule.sendKeys("2h");
        browser.findElement(By.cssSelector("button[value=proefrit]")).click();
        Wait.until("the dry run's result", Duration.ofSeconds(30),
                () -> browser.getPageSource().contains("Proefrit (niets opgeslagen)"));

        assertThat(browser.findElement(By.cssSelector("section.result")).getText()).contains("activiteiten gelezen");
        assertThat(aggregator.store().count()).isEqualTo(activities);
        assertThat(aggregator.store().lastSeq()).isEqualTo(lastChange);
        assertThat(status(source.id()).schedule()).isEqualTo(source.schedule());

        browser.findElement(By.id("reden")).sendKeys("minder vaak");
        browser.findElement(By.cssSelector("button[value=opslaan]")).click();
        assertThat(browser.findElements(By.cssSelector(".problems"))).as(() -> browser.findElement(
                By.cssSelector(".problems")).getText()).isEmpty();
        Wait.until("the saved schedule", Duration.ofSeconds(10),
                () -> status(source.id()).schedule().equals(Duration.ofHours(2)));
        Wait.until("the source page again", Duration.ofSeconds(10),
                () -> browser.getPageSource().contains("Deze instellingen zijn aangepast door"));
    }

    @Test
    void adminMergesTwoActivitiesOnTheReviewPage() {
        List<SourceStatus> sources = aggregator.sources();
        StoredActivity first = aggregator.store().findBySource(sources.get(0).id()).getFirst();
        StoredActivity second = aggregator.store().findBySource(sources.get(1).id()).getFirst();
        long firstItem = aggregator.store().members(first.id()).getFirst().itemId();
        long secondItem = aggregator.store().members(second.id()).getFirst().itemId();
        open("/beheer/ontdubbelen");

        browser.findElement(By.id("activiteit_a")).sendKeys(Long.toString(first.id()));
        browser.findElement(By.id("activiteit_b")).sendKeys(Long.toString(second.id()));
        browser.findElement(By.id("reden-samenvoegen")).sendKeys("zelfde activiteit");
        browser.findElement(By.xpath("//button[text()='Samenvoegen']")).click();

        Wait.until("both items in one activity", Duration.ofSeconds(10), () -> aggregator.store().members(first.id())
                .stream().map(ClusterMember::itemId).toList().containsAll(List.of(firstItem, secondItem))
                || aggregator.store().members(second.id()).stream().map(ClusterMember::itemId).toList()
                .containsAll(List.of(firstItem, secondItem)));
        Wait.until("the review page again", Duration.ofSeconds(10),
                () -> browser.getCurrentUrl().endsWith("/beheer/ontdubbelen"));
    }

    @Test
    void sourcesTableHasNoViolations() {
        assertNoViolations("/beheer/bronnen?sorteer=naam&richting=af");
    }

    @Test
    void reviewPageHasNoViolations() {
        assertNoViolations("/beheer/ontdubbelen");
    }

    @Test
    void sourcePageHasNoViolations() {
        assertNoViolations("/beheer/bronnen/" + aggregator.sources().getFirst().id());
    }

    @Test
    void organisationsPageHasNoViolations() {
        assertNoViolations("/beheer/organisaties");
    }

    @Test
    void hiddenActivitiesPageHasNoViolations() {
        assertNoViolations("/beheer/verborgen");
    }

    @Test
    void auditLogHasNoViolations() {
        assertNoViolations("/beheer/logboek");
    }

    @Test
    void controlRoomStartAndUsersHaveNoViolations() {
        assertNoViolations("/beheer");
        assertNoViolations("/beheer/gebruikers");
    }

    private SourceStatus status(String id) {
        return aggregator.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private void assertNoViolations(String page) {
        open(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
                .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"));
    }
}
