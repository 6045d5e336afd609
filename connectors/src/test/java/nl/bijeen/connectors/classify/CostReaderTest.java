package nl.bijeen.connectors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CostReaderTest {

    private static String fromText(String text) {
        return CostReader.cost(null, text);
    }

    @Test
    void publishedZeroAmountsBecomeGratis() {
        assertThat(CostReader.cost("0,00", "")).isEqualTo("gratis");
        assertThat(CostReader.cost("€ 0,-", "")).isEqualTo("gratis");
        assertThat(CostReader.cost("Gratis!", "")).isEqualTo("gratis");
    }

    @Test
    void publishedSingleAmountsAreWrittenTheDutchWay() {
        assertThat(CostReader.cost("2.5", "")).isEqualTo("€ 2,50");
        assertThat(CostReader.cost("€2,50", "")).isEqualTo("€ 2,50");
        assertThat(CostReader.cost("EUR 3", "")).isEqualTo("€ 3,00");
        assertThat(CostReader.cost("7,50 euro", "")).isEqualTo("€ 7,50");
    }

    @Test
    void publishedCostThatIsNoSingleAmountIsKeptAsWritten() {
        assertThat(CostReader.cost("€ 5,- / € 3,- voor leden", "")).isEqualTo("€ 5,- / € 3,- voor leden");
    }

    @Test
    void publishedCostWinsOverTheText() {
        assertThat(CostReader.cost("€ 4", "Deelname is gratis")).isEqualTo("€ 4,00");
    }

    @Test
    void amountsAfterACostWordAreRead() {
        assertThat(fromText("Kosten: 3 euro. Aanmelden bij de balie.")).isEqualTo("€ 3,00");
        assertThat(fromText("Entree € 2,-")).isEqualTo("€ 2,00");
        assertThat(fromText("Eigen bijdrage € 35 voor vier avonden")).isEqualTo("€ 35,00");
        assertThat(fromText("Stijldansen, € 2,50 per keer")).isEqualTo("€ 2,50");
    }

    @Test
    void freePhrasesReadAsGratis() {
        assertThat(fromText("Gratis toegang voor iedereen")).isEqualTo("gratis");
        assertThat(fromText("Na afloop is er een vrije gift.")).isEqualTo("gratis");
        assertThat(fromText("Deelname is kosteloos.")).isEqualTo("gratis");
        assertThat(fromText("Er zijn geen kosten aan verbonden")).isEqualTo("gratis");
        assertThat(fromText("Vrij entree")).isEqualTo("gratis");
    }

    @Test
    void theCostOfTakingPartWinsOverFreeCoffee() {
        assertThat(fromText("Gratis koffie en thee. Deelname € 4 per persoon.")).isEqualTo("€ 4,00");
        assertThat(fromText("Kosten 4 euro per persoon, kinderen gratis.")).isEqualTo("€ 4,00");
    }

    @Test
    void refreshmentPricesAreNotTheCost() {
        assertThat(fromText("Toegang gratis, koffie € 1")).isEqualTo("gratis");
        assertThat(fromText("Koffie en thee € 1 per kopje")).isNull();
    }

    @Test
    void aBareAmountIsTheCostWhenNothingElseIsSaid() {
        assertThat(fromText("Drie gangen voor € 6,50.")).isEqualTo("€ 6,50");
    }

    @Test
    void nothingSaidIsUnknown() {
        assertThat(fromText("Elke dinsdag koffie in het buurthuis.")).isNull();
        assertThat(CostReader.cost("  ", null)).isNull();
    }
}
