package nl.bijeen.web.coverage;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The coverage screens for welfare workers ({@code bijeen.coverage.*}; see config/application.yml).
 *
 * @param thinBelow    a matrix cell with fewer activities than this (but more than none) is "weinig aanbod"
 * @param staleAfter   a source without a successful crawl for this long is listed as stale
 * @param failingAfter a source that failed this many crawls in a row is listed, however recent its last success
 * @param unmetAtMost  a resident's search with this many results or fewer counts as unmet demand
 * @param demandDays   how many days of unmet demand the page sums up
 */
@ConfigurationProperties("bijeen.coverage")
public record CoverageProperties(
        @Bindable(defaultValue = "3") int thinBelow,
        @Bindable(defaultValue = "7d") Duration staleAfter,
        @Bindable(defaultValue = "3") int failingAfter,
        @Bindable(defaultValue = "2") int unmetAtMost,
        @Bindable(defaultValue = "30") int demandDays) {
}
