package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.source.CrawlTarget;
import nl.bijeen.aggregator.source.LoadedPage;

class FetchValidatorsTest {

    private static final URI PAGE = URI.create("https://buurthuis.example/agenda.html");
    private static final URI DETAIL = URI.create("https://buurthuis.example/agenda/koffie.html");

    @Test
    void aFeedIsFetchedConditionallyWithTheValidatorsOfItsLastFetch() {
        CrawlTarget feed = new CrawlTarget("kern", PAGE, "feed", Duration.ofHours(1), "\"v1\"", "Mon, 23 Nov 2026", null);

        assertThat(FetchRoute.validators(feed)).isEqualTo(new Validators("\"v1\"", "Mon, 23 Nov 2026"));
    }

    @Test
    void aRecipeSourceWhosePagesAllHaveValidatorsIsFetchedConditionally() {
        CrawlTarget recipe = recipe(new LoadedPage(DETAIL, "\"d1\"", null));

        assertThat(FetchRoute.validators(recipe)).isEqualTo(new Validators("\"v1\"", null));
    }

    @Test
    void aRecipeSourceWithAPageThatCannotBeCheckedIsFetchedWhole() {
        CrawlTarget recipe = recipe(new LoadedPage(DETAIL, "\"d1\"", null), LoadedPage.unread(PAGE.resolve("x.html")));

        assertThat(FetchRoute.validators(recipe)).isEqualTo(Validators.NONE);
    }

    private static CrawlTarget recipe(LoadedPage... pages) {
        return new CrawlTarget("zuid", PAGE, "recipe", Duration.ofHours(1), "\"v1\"", null, "demo-buurthuis",
                List.of(), List.of(), null, List.of(pages));
    }
}
