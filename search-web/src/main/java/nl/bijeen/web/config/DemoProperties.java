package nl.bijeen.web.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The demo world ({@code bijeen.demo.*}): made-up neighbourhood websites served on loopback and crawled as sources.
 *
 * @param enabled start the demo world and register its sites as sources
 * @param port    port for the demo sites; 0 picks a free one
 */
@ConfigurationProperties("bijeen.demo")
public record DemoProperties(
        @Bindable(defaultValue = "false") boolean enabled,
        @Bindable(defaultValue = "0") int port) {
}
