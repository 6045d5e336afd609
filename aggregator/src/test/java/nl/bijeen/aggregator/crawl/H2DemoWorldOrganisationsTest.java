package nl.bijeen.aggregator.crawl;

import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class H2DemoWorldOrganisationsTest extends DemoWorldOrganisationsSpec {

    @Override
    protected TestDatabase openDatabase() {
        return new H2TestDatabase();
    }
}
