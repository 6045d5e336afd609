package nl.bijeen.aggregator.normalise;

import nl.bijeen.aggregator.support.PostgresTestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class PostgresGeocodeCacheTest extends GeocodeCacheSpec {

    @Override
    protected TestDatabase openDatabase() {
        return PostgresTestDatabase.createOrSkip(getClass());
    }
}
