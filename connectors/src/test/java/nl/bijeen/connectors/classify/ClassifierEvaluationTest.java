package nl.bijeen.connectors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Measures the classifier against 120 activities labelled by hand (labelled.tsv) and keeps it from getting worse:
 * micro-averaged precision and recall over all audience and theme labels must stay above the floors, which are set
 * a little below what was measured (see the report printed by this test).
 */
class ClassifierEvaluationTest {

    private static final double PRECISION_FLOOR = 0.85;
    private static final double RECALL_FLOOR = 0.80;

    @Test
    void precisionAndRecallOnLabelledActivitiesStayAboveTheFloor() throws Exception {
        List<LabelledExample> examples = LabelledExample.load("/classify/labelled.tsv");
        PrecisionRecall scores = new PrecisionRecall();
        StringBuilder misses = new StringBuilder();
        for (LabelledExample example : examples) {
            Classification c = ProjectTaxonomy.CLASSIFIER.classify(example.draft(), SourceDefaults.NONE);
            scores.add("audience", example.audiences(), c.audiences());
            scores.add("theme", example.themes(), c.themes());
            if (!Set.copyOf(c.audiences()).equals(example.audiences()) || !Set.copyOf(c.themes()).equals(example.themes())) {
                misses.append(String.format("line %d %s%n   expected %s %s%n   got      %s %s%n", example.line(),
                        example.title(), example.audiences(), example.themes(), c.audiences(), c.themes()))
                        .append("   evidence ").append(ProjectTaxonomy.CLASSIFIER.explain(example.draft())).append('\n');
            }
        }
        System.out.println("Classifier on " + examples.size() + " labelled activities\n" + scores.table());
        System.out.println("Differences:\n" + misses);

        assertThat(examples).hasSizeGreaterThanOrEqualTo(100);
        assertThat(scores.microPrecision()).as("micro precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(scores.microRecall()).as("micro recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
