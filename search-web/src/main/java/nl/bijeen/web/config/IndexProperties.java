package nl.bijeen.web.config;

import java.nio.file.Path;
import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Search index settings ({@code bijeen.index.*}).
 *
 * @param dir          folder of the Lucene index; deleting it makes Bijeen rebuild it from the store
 * @param pollInterval how often the index looks for new changes in the store
 * @param batchSize    how many changes are applied per index commit
 */
@ConfigurationProperties("bijeen.index")
public record IndexProperties(
        @Bindable(defaultValue = "data/index") String dir,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "500") int batchSize) {

    public Path path() {
        return Path.of(dir);
    }
}
