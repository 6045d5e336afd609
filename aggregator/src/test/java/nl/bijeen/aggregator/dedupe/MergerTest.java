package nl.bijeen.aggregator.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.support.Drafts;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Schedule;

class MergerTest {

    private final ActivityDraft trusted = Drafts.weekly("gemeente", "g1", "Koffieochtend", 2);
    private final ActivityDraft other = Drafts.retitled(Drafts.weekly("krant", "k1", "Koffie", 4), "Koffie!");

    @Test
    void theMostTrustedSourcesFieldsWin() {
        var merged = Merger.merge(List.of(new Member(2, "Krant", 0, other), new Member(1, "Gemeente", 50, trusted)));

        assertThat(merged.draft().title()).isEqualTo("Koffieochtend");
        assertThat(merged.draft().sourceId()).isEqualTo("gemeente");
    }

    @Test
    void theDescriptionIsTheLongestAmongTheMostTrustedSources() {
        ActivityDraft longer = described(Drafts.weekly("wijk", "w1", "Koffieochtend", 2), "Een veel langere tekst.");
        ActivityDraft longest = described(other, "De allerlangste tekst van allemaal, maar minder vertrouwd.");

        var merged = Merger.merge(List.of(new Member(1, "Gemeente", 50, described(trusted, "Kort.")),
                new Member(2, "Wijk", 50, longer), new Member(3, "Krant", 0, longest)));

        assertThat(merged.draft().description().text()).isEqualTo("Een veel langere tekst.");
    }

    @Test
    void theDatesAreTheUnionOfAllMembers() {
        var merged = Merger.merge(List.of(new Member(1, "Gemeente", 50, trusted), new Member(2, "Krant", 0, other)));

        assertThat(merged.draft().schedule().occurrences()).hasSize(4);
    }

    @Test
    void everyMemberIsListedAsAPublication() {
        var merged = Merger.merge(List.of(new Member(2, "Krant", 0, other), new Member(1, "Gemeente", 50, trusted)));

        assertThat(merged.publications()).extracting(Publication::sourceId, Publication::itemId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gemeente", 1L),
                        org.assertj.core.groups.Tuple.tuple("krant", 2L));
    }

    private static ActivityDraft described(ActivityDraft draft, String text) {
        Schedule schedule = draft.schedule();
        return new ActivityDraft(draft.sourceId(), draft.sourceItemId(), draft.title(), new Description(text, text),
                schedule, draft.place(), draft.organiser(), draft.audiences(), draft.themes(), draft.cost(),
                draft.image(), draft.link(), draft.status());
    }
}
