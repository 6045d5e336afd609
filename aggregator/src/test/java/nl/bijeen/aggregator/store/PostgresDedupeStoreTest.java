package nl.bijeen.aggregator.store;

import nl.bijeen.aggregator.support.PostgresTestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class PostgresDedupeStoreTest extends DedupeStoreSpec {

    @Override
    protected TestDatabase openDatabase() {
        return PostgresTestDatabase.createOrSkip(getClass());
    }
}
