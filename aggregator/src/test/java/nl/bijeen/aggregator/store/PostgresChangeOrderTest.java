package nl.bijeen.aggregator.store;

import nl.bijeen.aggregator.support.PostgresTestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class PostgresChangeOrderTest extends ChangeOrderSpec {

    @Override
    protected TestDatabase openDatabase() {
        return PostgresTestDatabase.createOrSkip(getClass());
    }
}
