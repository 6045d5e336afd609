package nl.bijeen.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Debian's chromedriver (Selenium Manager cannot download drivers on these machines).
 * When Chromium or its driver is missing, or cannot start, browser tests are skipped with the reason printed, so a
 * machine without them still runs every other test.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("bijeen.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("bijeen.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A fresh headless browser that saves downloads in {@code downloads} without asking. */
    public static ChromeDriver start(Path downloads) {
        return start(downloads, true);
    }

    /**
     * The first file in {@code downloads} whose name matches, once Chromium has finished it: Chromium puts an empty
     * file under the final name at the start, writes a {@code .crdownload} beside it and renames that at the end, so
     * a file is only done when it has content and no {@code .crdownload} is left.
     */
    public static Path downloaded(Path downloads, java.util.function.Predicate<String> name) {
        Path[] found = new Path[1];
        Wait.until("a finished download", Duration.ofSeconds(20), () -> {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean busy = all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
                found[0] = all.stream().filter(p -> name.test(p.getFileName().toString())).findFirst().orElse(null);
                return !busy && found[0] != null && Files.size(found[0]) > 0;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /** The same browser with JavaScript switched off, as some residents' phones and screen readers have it. */
    public static ChromeDriver withoutJavaScript(Path downloads) {
        return start(downloads, false);
    }

    private static ChromeDriver start(Path downloads, boolean javascript) {
        skipUnless(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium chromium-driver)");
        skipUnless(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed at " + CHROMEDRIVER
                + " (apt-get install chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=nl-NL");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false,
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (RuntimeException e) {
            skipUnless(false, "Chromium could not start: " + e.getMessage().lines().findFirst().orElse(""));
            throw e;
        }
    }

    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.out.println("Browser tests skipped: " + reason);
        }
        Assumptions.assumeTrue(condition, reason);
    }
}
