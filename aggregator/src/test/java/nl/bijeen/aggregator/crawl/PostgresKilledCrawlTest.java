package nl.bijeen.aggregator.crawl;

import java.nio.file.Path;
import java.util.List;

import nl.bijeen.aggregator.support.PostgresTestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class PostgresKilledCrawlTest extends KilledCrawlSpec {

    @Override
    protected TestDatabase openDatabase(Path directory) {
        return PostgresTestDatabase.createOrSkip(getClass());
    }

    @Override
    protected List<String> whereTheChildFindsIt(TestDatabase database) {
        PostgresTestDatabase postgres = (PostgresTestDatabase) database;
        return List.of(postgres.url(), postgres.schema());
    }

    @Override
    protected void letGo(TestDatabase database) {
        // a server database: both processes use it at once
    }
}
