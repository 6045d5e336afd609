package nl.bijeen.aggregator.source;

import nl.bijeen.aggregator.support.PostgresTestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class PostgresSourceParkingTest extends SourceParkingSpec {

    @Override
    protected TestDatabase openDatabase() {
        return PostgresTestDatabase.createOrSkip(getClass());
    }
}
