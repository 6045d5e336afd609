package nl.bijeen.web.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchTextAnalyzerTest {

    private final DutchTextAnalyzer analyzer = new DutchTextAnalyzer();

    @Test
    void diacriticsAreFoldedSoCafeAndCafeMeet() {
        assertThat(analyzer.parts("Digicafé")).isEqualTo(analyzer.parts("digicafe"));
    }

    @Test
    void aCompoundIsAlsoIndexedUnderItsParts() {
        assertThat(analyzer.parts("buurthuis")).startsWith("buurthuis").contains("buurt", "huis");
        assertThat(analyzer.parts("seniorenactiviteiten")).containsAll(analyzer.parts("senioren"))
                .containsAll(analyzer.parts("activiteit"));
    }

    @Test
    void shortWordsAreNotSplit() {
        assertThat(analyzer.parts("koffie")).containsExactly("koffie");
    }

    @Test
    void otherFormsOfAWordShareTheirStem() {
        assertThat(analyzer.parts("koffieochtenden").getFirst()).isEqualTo(analyzer.parts("koffieochtend").getFirst());
    }

    @Test
    void stemsEndingInZOrVMeetTheirFormsWithSOrF() {
        assertThat(analyzer.parts("lezen")).isEqualTo(analyzer.parts("lees"));
        assertThat(analyzer.parts("voorleesuurtje")).containsAll(analyzer.parts("voorlezen"));
    }

    @Test
    void stopWordsLeaveNoTerm() {
        assertThat(analyzer.parts("voor")).isEmpty();
    }
}
