package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.support.Drafts;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Warning;

class DistinctItemsTest {

    @Test
    void aDuplicateItemIdKeepsTheFirstAndWarns() {
        ActivityDraft first = Drafts.weekly("kern", "bingo", "Bingo", 1);
        ActivityDraft second = Drafts.weekly("kern", "bingo", "Bingo (dubbel)", 1);
        ActivityDraft other = Drafts.weekly("kern", "sjoelen", "Sjoelen", 1);

        DistinctItems items = new DistinctItems("kern", List.of(first, second, other));

        assertThat(items.kept()).containsExactly(first, other);
        assertThat(items.warnings()).extracting(Warning::itemRef).containsExactly("bingo");
    }

    @Test
    void anItemOfAnotherSourceOrWithAnOverlongIdIsSkippedWithAWarning() {
        ActivityDraft foreign = Drafts.weekly("elders", "bingo", "Bingo", 1);
        ActivityDraft overlong = Drafts.weekly("kern", "x".repeat(DistinctItems.MAX_ITEM_ID_LENGTH + 1), "Lang", 1);

        DistinctItems items = new DistinctItems("kern", List.of(foreign, overlong));

        assertThat(items.kept()).isEmpty();
        assertThat(items.warnings()).hasSize(2);
    }
}
