package nl.bijeen.aggregator.source;

import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class H2SourceParkingTest extends SourceParkingSpec {

    @Override
    protected TestDatabase openDatabase() {
        return new H2TestDatabase();
    }
}
