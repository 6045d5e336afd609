package nl.bijeen.connectors.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Labels activities with the taxonomy's audiences and themes, and reads their cost and wheelchair access.
 *
 * <p>Evidence and its weight: a category or audience the source published that maps onto an entry counts
 * {@value #CATEGORY}, a keyword in the title {@value #TITLE} (titles are short and say what it is), a keyword in the
 * description {@value #DESCRIPTION} (each distinct keyword once per field, at most {@value #DESCRIPTION_CAP} from the
 * description, so one long text does not outweigh the title). Entries scoring at least {@value #MIN_SCORE} are
 * given, best first. When no audience (or no theme) is found, the source's defaults are used.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class Classifier {

    static final int CATEGORY = 3;
    static final int TITLE = 2;
    static final int DESCRIPTION = 1;
    static final int DESCRIPTION_CAP = 3;
    static final int MIN_SCORE = 1;

    private final Taxonomy taxonomy;
    private final List<EntryMatcher> audiences;
    private final List<EntryMatcher> themes;
    private final List<String> stems;

    public Classifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        List<Keyword> negations = EntryMatcher.parseAll(taxonomy.negations().stream().map(n -> "=" + n).toList());
        this.audiences = taxonomy.audiences().stream().map(e -> new EntryMatcher(e, negations)).toList();
        this.themes = taxonomy.themes().stream().map(e -> new EntryMatcher(e, negations)).toList();
        this.stems = Stream.concat(audiences.stream(), themes.stream())
                .flatMap(m -> m.keywords().stream())
                .filter(Keyword::isSplittingStem)
                .map(k -> k.words().getFirst())
                .distinct()
                .toList();
    }

    public Classification classify(ActivityDraft draft, SourceDefaults defaults) {
        checkKnown(defaults);
        Evidence evidence = new Evidence(draft);
        List<String> audienceIds = ranked(audiences, evidence, true);
        List<String> themeIds = ranked(themes, evidence, false);
        String text = draft.title() + "\n" + draft.description().text();
        return new Classification(
                audienceIds.isEmpty() ? defaults.audiences() : audienceIds,
                themeIds.isEmpty() ? defaults.themes() : themeIds,
                CostReader.cost(draft.cost(), text),
                draft.wheelchairAccessible() != null ? draft.wheelchairAccessible() : AccessReader.wheelchairAccessible(text));
    }

    /**
     * The draft with taxonomy ids instead of the published labels (the index and facets work with ids; the
     * published labels are matched onto them here, so nothing they said is lost), with the tidied cost (the
     * published cost when none was found) and the stated wheelchair access.
     */
    public ActivityDraft apply(ActivityDraft draft, Classification classification) {
        String cost = classification.cost() != null ? classification.cost() : draft.cost();
        Boolean access = classification.wheelchairAccessible() != null
                ? classification.wheelchairAccessible() : draft.wheelchairAccessible();
        return draft.withAudiencesAndThemes(classification.audiences(), classification.themes())
                .withCost(cost)
                .withWheelchairAccessible(access);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    private List<String> ranked(List<EntryMatcher> matchers, Evidence evidence, boolean withAges) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (EntryMatcher matcher : matchers) {
            int score = evidence.score(matcher);
            if (withAges) {
                score += evidence.ageScore(matcher.id());
            }
            if (score >= MIN_SCORE) {
                scores.put(matcher.id(), score);
            }
        }
        List<String> ids = new ArrayList<>(scores.keySet());
        ids.sort(Comparator.comparing(scores::get).reversed()); // stable: ties keep taxonomy order
        return ids;
    }

    private void checkKnown(SourceDefaults defaults) {
        for (String id : defaults.audiences()) {
            if (taxonomy.audience(id).isEmpty()) {
                throw new IllegalArgumentException("the source's default audience '" + id + "' is not in the taxonomy");
            }
        }
        for (String id : defaults.themes()) {
            if (taxonomy.theme(id).isEmpty()) {
                throw new IllegalArgumentException("the source's default theme '" + id + "' is not in the taxonomy");
            }
        }
    }

    /** The draft's three kinds of evidence, split into words once. */
    private final class Evidence {
        private final List<TextWords> categories;
        private final TextWords title;
        private final TextWords description;
        private final Set<String> titleAges;
        private final Set<String> descriptionAges;

        Evidence(ActivityDraft draft) {
            this.categories = Stream.concat(draft.audiences().stream(), draft.themes().stream())
                    .map(label -> new TextWords(label, stems)).toList();
            this.title = new TextWords(draft.title(), stems);
            this.description = new TextWords(draft.description().text(), stems);
            this.titleAges = AgeRanges.audiences(draft.title());
            this.descriptionAges = AgeRanges.audiences(draft.description().text());
        }

        int score(EntryMatcher matcher) {
            int score = 0;
            for (TextWords category : categories) {
                score += matcher.found(category).isEmpty() ? 0 : CATEGORY;
            }
            score += TITLE * matcher.found(title).size();
            score += DESCRIPTION * Math.min(DESCRIPTION_CAP, matcher.found(description).size());
            return score;
        }

        int ageScore(String id) {
            return (titleAges.contains(id) ? TITLE : 0) + (descriptionAges.contains(id) ? DESCRIPTION : 0);
        }
    }
}
