package nl.bijeen.aggregator.organisation;

import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

class H2OrganisationRecognitionTest extends OrganisationRecognitionSpec {

    @Override
    protected TestDatabase openDatabase() {
        return new H2TestDatabase();
    }
}
