package nl.bijeen.connectors.classify;

import java.nio.file.Path;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;

/** The project's own config/taxonomy.yml (tests run in the connectors module, one level below the project). */
final class ProjectTaxonomy {

    static final Path FILE = Path.of("..", "config", "taxonomy.yml");
    static final Taxonomy TAXONOMY = Taxonomy.load(FILE);
    static final Classifier CLASSIFIER = new Classifier(TAXONOMY);

    private ProjectTaxonomy() {
    }

    static ActivityDraft draft(String title, String description) {
        return new ActivityDraft("test-bron", "item-1", title, new Description(description, ""), null, null, null,
                null, null, null, null, null, null);
    }
}
