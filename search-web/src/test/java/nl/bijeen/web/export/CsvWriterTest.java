package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The CSV cell rules on their own, for the cases the fixture agenda does not contain. */
class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+31 71 123", "-2+3", "-A1", "@SUM(A1)", "\t=1", "\r=1"})
    void cellThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe(String cell) {
        assertThat(CsvWriter.defused(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest // a whole number (also negative, a change such as -2) stays a number Excel can add up
    @ValueSource(strings = {"Koffie", "1+1", "-2", "12", "'al tekst", " =spatie eerst", ""})
    void ordinaryCellIsLeftAlone(String cell) {
        assertThat(CsvWriter.defused(cell)).isEqualTo(cell);
    }

    @Test
    void separatorsQuotesAndLineBreaksStayInsideTheirQuotedCell() {
        String csv = new CsvWriter().row(List.of("a;b", "zei \"hoi\"", "regel 1\nregel 2")).toString();

        assertThat(csv).isEqualTo("\uFEFF\"a;b\";\"zei \"\"hoi\"\"\";\"regel 1\nregel 2\"\r\n");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(new CsvWriter().row(List.of("be\u0000l\u0007")).toString()).isEqualTo("\uFEFF\"bel\"\r\n");
    }
}
