package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.source.CrawlTarget;

class FetchValidatorsTest {

    private static final URI PAGE = URI.create("https://buurthuis.example/agenda.html");

    @Test
    void aFeedIsFetchedConditionallyWithTheValidatorsOfItsLastFetch() {
        CrawlTarget feed = new CrawlTarget("kern", PAGE, "feed", Duration.ofHours(1), "\"v1\"", "Mon, 23 Nov 2026", null);

        assertThat(FetchRoute.validators(feed)).isEqualTo(new Validators("\"v1\"", "Mon, 23 Nov 2026"));
    }

    @Test
    void aRecipeSourceIsAlwaysFetchedWholeBecauseItsOtherPagesMayHaveChanged() {
        CrawlTarget recipe = new CrawlTarget("zuid", PAGE, "recipe", Duration.ofHours(1), "\"v1\"", null, "demo-buurthuis");

        assertThat(FetchRoute.validators(recipe)).isEqualTo(Validators.NONE);
    }
}
