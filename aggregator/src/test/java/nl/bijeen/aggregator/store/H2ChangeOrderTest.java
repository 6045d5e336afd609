package nl.bijeen.aggregator.store;

import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class H2ChangeOrderTest extends ChangeOrderSpec {

    @Override
    protected TestDatabase openDatabase() {
        return new H2TestDatabase();
    }
}
