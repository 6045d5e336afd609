package nl.bijeen.aggregator.crawl;

import nl.bijeen.aggregator.support.PostgresTestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class PostgresDemoWorldOrganisationsTest extends DemoWorldOrganisationsSpec {

    @Override
    protected TestDatabase openDatabase() {
        return PostgresTestDatabase.createOrSkip(getClass());
    }
}
