package nl.bijeen.aggregator.crawl;

import java.nio.file.Path;
import java.util.List;

import nl.bijeen.aggregator.support.H2FileTestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class H2KilledCrawlTest extends KilledCrawlSpec {

    @Override
    protected TestDatabase openDatabase(Path directory) {
        return new H2FileTestDatabase(directory);
    }

    @Override
    protected List<String> whereTheChildFindsIt(TestDatabase database) {
        return List.of(((H2FileTestDatabase) database).url(), "-");
    }

    @Override
    protected void letGo(TestDatabase database) {
        ((H2FileTestDatabase) database).letGo();
    }
}
