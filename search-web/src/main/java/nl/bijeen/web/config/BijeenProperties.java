package nl.bijeen.web.config;

import java.nio.file.Path;
import java.time.ZoneId;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * General settings ({@code bijeen.*}); see config/application.yml for what each one does.
 *
 * @param configDir   folder with the operator's files (demo world, taxonomy, …)
 * @param sourcesFile the sources to crawl
 * @param timeZone    the zone in which "today" starts, for what counts as upcoming
 */
@ConfigurationProperties("bijeen")
public record BijeenProperties(
        @Bindable(defaultValue = "config") String configDir,
        @Bindable(defaultValue = "config/sources.yml") String sourcesFile,
        @Bindable(defaultValue = "Europe/Amsterdam") String timeZone) {

    public Path configPath() {
        return Path.of(configDir);
    }

    public Path sourcesPath() {
        return Path.of(sourcesFile);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
