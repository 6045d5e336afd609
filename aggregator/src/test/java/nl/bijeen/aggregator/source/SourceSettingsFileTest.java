package nl.bijeen.aggregator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The sources.yml keys beyond the address: audiences, themes, wijk, priority, owner-email and paused. */
class SourceSettingsFileTest {

    @Test
    void everySettingIsReadFromTheEntry() {
        List<SourceDefinition> sources = SourcesFile.parse("""
                sources:
                  - id: ouderenbond
                    url: https://ouderenbond.example/agenda.ics
                    audiences: [senioren, mantelzorgers]
                    themes: ontmoeten
                    wijk: WK053701
                    priority: 10
                    owner-email: agenda@ouderenbond.example
                    paused: true
                """, "sources.yml");

        assertThat(sources).containsExactly(new SourceDefinition("ouderenbond", null,
                URI.create("https://ouderenbond.example/agenda.ics"), null, Duration.ofHours(1), null,
                List.of("senioren", "mantelzorgers"), List.of("ontmoeten"), "WK053701", 10,
                "agenda@ouderenbond.example", true));
    }

    @Test
    void anEntryWithoutSettingsHasNoDefaultsPriorityZeroAndIsNotPaused() {
        SourceDefinition source = SourcesFile.parse("""
                sources:
                  - id: kern
                    url: https://kern.example/agenda.ics
                """, "sources.yml").getFirst();

        assertThat(source.defaultAudiences()).isEmpty();
        assertThat(source.defaultThemes()).isEmpty();
        assertThat(source.defaultWijk()).isNull();
        assertThat(source.priority()).isZero();
        assertThat(source.ownerEmail()).isNull();
        assertThat(source.paused()).isFalse();
    }

    @Test
    void badValuesAreEachNamedWithTheirEntryAndKey() {
        assertThat(problems("""
                sources:
                  - id: kern
                    url: https://kern.example/agenda.ics
                    audiences: [Senioren, 7]
                    themes: {sport: ja}
                    wijk: Katwijk-Noord
                    priority: 1000
                    owner-email: niet-een-adres
                    paused: misschien
                """)).containsExactly(
                "entry 1 (id 'kern'): audiences 'Senioren' is not an id from config/taxonomy.yml (lowercase letters,"
                        + " digits and '-', such as 'senioren')",
                "entry 1 (id 'kern'): audiences '7' is not an id from config/taxonomy.yml (lowercase letters,"
                        + " digits and '-', such as 'senioren')",
                "entry 1 (id 'kern'): 'themes' must be one id or a list of ids, such as [bewegen]",
                "entry 1 (id 'kern'): wijk 'Katwijk-Noord' must be a CBS wijk code: WK and six digits, such as WK053701",
                "entry 1 (id 'kern'): priority '1000' must be a whole number from -100 to 100 (default 0; higher"
                        + " wins when duplicates merge)",
                "entry 1 (id 'kern'): owner-email 'niet-een-adres' is not an e-mail address (such as"
                        + " agenda@buurthuis.nl)",
                "entry 1 (id 'kern'): paused 'misschien' must be true or false");
    }

    @Test
    void aPriorityMustBeAWholeNumberAndAWijkCodeHasExactlySixDigits() {
        assertThat(problems("""
                sources:
                  - id: kern
                    url: https://kern.example/agenda.ics
                    wijk: WK05370
                    priority: "hoog"
                """)).containsExactly(
                "entry 1 (id 'kern'): wijk 'WK05370' must be a CBS wijk code: WK and six digits, such as WK053701",
                "entry 1 (id 'kern'): priority 'hoog' must be a whole number from -100 to 100 (default 0; higher"
                        + " wins when duplicates merge)");
    }

    private static List<String> problems(String yaml) {
        try {
            SourcesFile.parse(yaml, "sources.yml");
        } catch (SourcesFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }
}
