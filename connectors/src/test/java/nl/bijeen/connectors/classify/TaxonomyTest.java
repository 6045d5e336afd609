package nl.bijeen.connectors.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private static Taxonomy read(String yaml) {
        return Taxonomy.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "taxonomy.yml");
    }

    private static final String AUDIENCE = "audiences:\n  - {id: senioren, label: Senioren, keywords: [ouderen]}\n";

    @Test
    void theProjectTaxonomyLoadsWithAllAudiencesAndThemes() {
        Taxonomy taxonomy = ProjectTaxonomy.TAXONOMY;
        assertThat(taxonomy.audiences()).extracting(Taxonomy.Entry::id).containsExactly("senioren", "jongeren",
                "kinderen", "gezinnen", "mantelzorgers", "vrijwilligers", "nieuwkomers", "beperking", "iedereen");
        assertThat(taxonomy.themes()).extracting(Taxonomy.Entry::id).containsExactly("ontmoeten", "bewegen",
                "eenzaamheid", "lotgenotencontact", "opvoeden", "eten-en-koken", "taal-en-leren", "geldzaken",
                "gezondheid", "cultuur", "natuur-en-tuinieren", "vrijwilligerswerk", "veiligheid",
                "digitale-vaardigheden", "repareren-en-duurzaamheid");
        assertThat(taxonomy.audience("beperking")).get().extracting(Taxonomy.Entry::label)
                .isEqualTo("Mensen met een beperking");
        assertThat(taxonomy.negations()).contains("geen", "niet voor");
    }

    @Test
    void aSmallValidTaxonomyReads() {
        Taxonomy taxonomy = read(AUDIENCE + "themes:\n  - id: bewegen\n    label: Bewegen\n    keywords: [sport, \"*wandel\"]\n"
                + "    not: [sportkantine]\n");
        assertThat(taxonomy.themes().getFirst()).isEqualTo(new Taxonomy.Entry("bewegen", "Bewegen",
                java.util.List.of("sport", "*wandel"), java.util.List.of("sportkantine")));
        assertThat(taxonomy.negations()).isEmpty();
    }

    @Test
    void aDuplicateIdIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: bewegen, label: Bewegen, keywords: [sport]}\n"
                + "  - {id: bewegen, label: Sport, keywords: [voetbal]}\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessage("taxonomy.yml themes[1] (id 'bewegen'): duplicate id 'bewegen' "
                        + "(ids must be unique across audiences and themes)");
    }

    @Test
    void anIdSharedBetweenAnAudienceAndAThemeIsRefused() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: senioren, label: Ouderenwerk, keywords: [soos]}\n"))
                .hasMessageContaining("themes[0] (id 'senioren'): duplicate id");
    }

    @Test
    void anEmptyKeywordListIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: bewegen, label: Bewegen, keywords: []}\n"))
                .hasMessage("taxonomy.yml themes[0] (id 'bewegen'): keywords is empty; give at least one Dutch word");
    }

    @Test
    void missingKeywordsAreRefused() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: bewegen, label: Bewegen}\n"))
                .hasMessage("taxonomy.yml themes[0] (id 'bewegen'): keywords is missing; give a list of Dutch words");
    }

    @Test
    void aKeywordThatIsOnlyPunctuationIsRefused() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: bewegen, label: Bewegen, keywords: [sport, \"=\"]}\n"))
                .hasMessage("taxonomy.yml themes[0] (id 'bewegen'): keywords holds an empty or unusable keyword: '\"=\"'");
    }

    @Test
    void aMisspelledKeyIsRefusedNamingIt() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: bewegen, label: Bewegen, keyword: [sport]}\n"))
                .hasMessage("taxonomy.yml themes[0] (id 'bewegen'): unknown key 'keyword' (known keys: id, keywords, label, not)");
        assertThatThrownBy(() -> read(AUDIENCE + "thema:\n  - {id: bewegen, label: Bewegen, keywords: [sport]}\n"))
                .hasMessage("taxonomy.yml unknown key 'thema' (known keys: audiences, negations, themes)");
    }

    @Test
    void anIdWithSpacesOrCapitalsIsRefused() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: Taal en leren, label: Taal, keywords: [taal]}\n"))
                .hasMessage("taxonomy.yml themes[0] (id 'Taal en leren'): id must be lowercase letters, digits and '-'");
    }

    @Test
    void aMissingLabelIsRefused() {
        assertThatThrownBy(() -> read(AUDIENCE + "themes:\n  - {id: bewegen, keywords: [sport]}\n"))
                .hasMessage("taxonomy.yml themes[0] (id 'bewegen'): 'label' is missing or empty");
    }

    @Test
    void aMissingListIsRefused() {
        assertThatThrownBy(() -> read(AUDIENCE))
                .hasMessage("taxonomy.yml needs a non-empty list under 'themes'");
    }

    @Test
    void brokenYamlIsRefusedWithTheParserMessage() {
        assertThatThrownBy(() -> read("audiences: [\n  - id: x"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageStartingWith("taxonomy.yml is not valid YAML: ");
    }

    @Test
    void aMissingFileIsRefusedNamingThePath() {
        assertThatThrownBy(() -> Taxonomy.load(Path.of("geen", "taxonomy.yml")))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageStartingWith("cannot read the taxonomy geen/taxonomy.yml");
    }
}
