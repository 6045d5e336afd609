package nl.bijeen.aggregator.normalise;

import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class H2GeocodeCacheTest extends GeocodeCacheSpec {

    @Override
    protected TestDatabase openDatabase() {
        return new H2TestDatabase();
    }
}
