package nl.bijeen.aggregator.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.connectors.geo.GeocodeAnswer;

/** The geocoder's answers kept in the store, read back exactly; run on H2 and PostgreSQL. */
abstract class GeocodeCacheSpec {

    private static final String VOORSTRAAT = "voorstraat 12 2225er katwijk";

    private TestDatabase db;
    private StoreGeocodeCache cache;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        cache = new StoreGeocodeCache(db.dataSource());
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aFoundPointIsReadBackWithItsPrecision() {
        cache.put(VOORSTRAAT, GeocodeAnswer.found(new GeoPoint(52.2049, 4.3951, GeoPoint.Precision.ADDRESS)));

        assertThat(cache.get(VOORSTRAAT)).contains(
                GeocodeAnswer.found(new GeoPoint(52.2049, 4.3951, GeoPoint.Precision.ADDRESS)));
        assertThat(cache.get("elders 1 katwijk")).isEmpty();
    }

    @Test
    void notFoundIsRememberedAndALaterAnswerReplacesIt() {
        cache.put(VOORSTRAAT, GeocodeAnswer.NOT_FOUND);
        assertThat(cache.get(VOORSTRAAT)).contains(GeocodeAnswer.NOT_FOUND);

        cache.put(VOORSTRAAT, GeocodeAnswer.found(new GeoPoint(52.2, 4.4, GeoPoint.Precision.POSTCODE)));

        assertThat(cache.get(VOORSTRAAT)).contains(GeocodeAnswer.found(new GeoPoint(52.2, 4.4, GeoPoint.Precision.POSTCODE)));
        assertThat(db.queryLong("SELECT COUNT(*) FROM geocode_cache")).isEqualTo(1);
    }

    @Test
    void anUnavailableServiceIsNotRemembered() {
        cache.put(VOORSTRAAT, GeocodeAnswer.UNAVAILABLE);

        assertThat(cache.get(VOORSTRAAT)).isEmpty();
    }
}
