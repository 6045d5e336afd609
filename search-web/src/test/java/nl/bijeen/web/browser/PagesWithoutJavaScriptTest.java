package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** With JavaScript switched off, a resident can still search, filter, switch views and open an activity. */
@MicronautTest
class PagesWithoutJavaScriptTest extends DemoWorldInBrowser {

    @Override
    boolean javascript() {
        return false;
    }

    @Test
    void searchAndFilterWorkWithPlainFormsAndLinks() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("koffie");
        go(By.cssSelector("form.search button"));
        long before = shown();

        browser.findElement(By.cssSelector("details.filters > summary")).click();
        browser.findElement(By.cssSelector("input[name=date][value=this-week] + label")).click();
        go(By.cssSelector("form.filter-form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).contains("q=koffie").contains("date=this-week");
        assertThat(chips()).contains("Deze week");
        assertThat(shown()).isLessThanOrEqualTo(before);
    }

    @Test
    void mapViewWithoutJavaScriptListsEveryResultWithItsAddress() {
        open("/?q=koffie");
        List<String> list = titles("ol.results h2");
        go(By.linkText("Kaart"));

        assertThat(browser.findElement(By.cssSelector("[data-kaart]")).isDisplayed()).isFalse();
        assertThat(titles("ol.points h2")).containsExactlyElementsOf(list);
    }

    @Test
    void activityPageOpensFromTheResults() {
        open("/?q=koffie");
        String title = browser.findElement(By.cssSelector("ol.results h2 a")).getText();
        go(By.cssSelector("ol.results h2 a"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.linkText("Zet in mijn agenda")).isDisplayed()).isTrue();
    }

    private long shown() {
        String status = browser.findElement(By.cssSelector("p.status")).getText();
        return Long.parseLong(status.substring(0, status.indexOf(' ')));
    }

    private List<String> chips() {
        return browser.findElements(By.cssSelector(".chips li > span")).stream().map(WebElement::getText).toList();
    }

    private List<String> titles(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }
}
