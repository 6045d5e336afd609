package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.classify.Taxonomy;

class TaxonomyLabelsTest {

    private final TaxonomyLabels labels = new TaxonomyLabels(Taxonomy.load(
            Path.of(System.getProperty("bijeen.config.dir", "../config"), "taxonomy.yml")));

    @Test
    void idsAreShownWithTheirDutchLabelAndUnknownOnesAsTheyAre() {
        assertThat(labels.audiences(List.of("senioren", "Buurtgenoten"))).containsExactly("Senioren", "Buurtgenoten");
        assertThat(labels.themes(List.of("taal-en-leren"))).containsExactly("Taal en leren");
    }
}
