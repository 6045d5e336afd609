package nl.bijeen.web.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.Browser;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * The real application on a free port with the demo world crawled and indexed, and one headless Chromium for all
 * tests of a class. Subclasses carry {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoWorldInBrowser implements TestPropertyProvider {

    final Path dataDir = TestDirs.create("bijeen-browser");
    final Path downloads = dataDir.resolve("downloads");

    @Inject
    EmbeddedServer server;
    @Inject
    Aggregator aggregator;
    @Inject
    IndexFollower follower;

    ChromeDriver browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = DemoWorldApp.properties("browser", dataDir);
        properties.put("micronaut.server.port", "-1");
        // Tiles from a server that does not answer: the pages must work without them (as offline here).
        properties.put("bijeen.map.tile-url", "https://127.0.0.1:9/{z}/{x}/{y}.png");
        return properties;
    }

    @BeforeAll
    void crawlDemoWorldAndStartBrowser() {
        browser = javascript() ? Browser.start(downloads) : Browser.withoutJavaScript(downloads);
        DemoWorldApp.awaitCrawled(aggregator, follower);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        TestDirs.delete(dataDir);
    }

    /** False for a class that checks the pages without JavaScript. */
    boolean javascript() {
        return true;
    }

    /**
     * Clicks what leads to another page and waits until that page has loaded: a click on a form button can return
     * while the browser is still leaving the old page, and a search on it would then find nothing.
     */
    void go(By what) {
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        Wait.until("the page after clicking " + what, Duration.ofSeconds(20),
                () -> gone(old) && "complete".equals(browser.executeScript("return document.readyState")));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }

    void open(String pathAndQuery) {
        browser.get("http://localhost:" + server.getPort() + pathAndQuery);
    }
}
