package nl.bijeen.web.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostClassTest {

    @ParameterizedTest
    @CsvSource({"gratis, gratis", "Gratis toegang, gratis", "€ 0, gratis", "'€ 2,50', betaald",
            "'gratis / € 5', betaald", "vrije gift, gratis"})
    void publishedCostIsFreeOnlyWhenNoPartHasAPrice(String cost, String expected) {
        assertThat(CostClass.of(cost)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'  '"})
    void unpublishedCostIsNeitherFreeNorPaid(String cost) {
        assertThat(CostClass.of(cost)).isEmpty();
    }
}
