package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultViewTest {

    @Test
    void summaryKeepsLineBreaksButFoldsBlankLinesAndSpaces() {
        String description = "Koffie en een praatje.  \n\n\tVoor wie: senioren\r\nKosten:   gratis ";

        assertThat(ResultView.summary(description)).isEqualTo("Koffie en een praatje.\nVoor wie: senioren\nKosten: gratis");
    }

    @Test
    void longSummaryIsCutAtAWordBoundary() {
        String summary = ResultView.summary("woord ".repeat(200));

        assertThat(summary).endsWith("woord …").hasSizeLessThan(6 * 200);
    }
}
