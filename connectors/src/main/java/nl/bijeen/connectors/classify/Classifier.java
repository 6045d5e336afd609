package nl.bijeen.connectors.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Labels activities with the taxonomy's audiences and themes, and reads their cost and wheelchair access.
 *
 * <p>Evidence and its weight: a category or audience the source published that maps onto an entry counts
 * {@value #CATEGORY}, a keyword in the title {@value #TITLE} (titles are short and say what it is), a keyword in
 * the description {@value #DESCRIPTION} (each place a keyword is found counts once, at most
 * {@value #DESCRIPTION_CAP} from the description, so one long text does not outweigh the title). An audience needs
 * {@value #MIN_AUDIENCE_SCORE} (for whom is usually said once), a theme {@value #MIN_THEME_SCORE}: one passing word
 * in a description ("foto's maken" in a tablet course, "een veilige groep") is no theme, unless nothing stronger
 * was found. Ids are ordered by score, best first. When no audience (or no theme) is found, the source's defaults
 * are used.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class Classifier {

    static final int CATEGORY = 3;
    static final int TITLE = 2;
    static final int DESCRIPTION = 1;
    static final int DESCRIPTION_CAP = 3;
    static final int MIN_AUDIENCE_SCORE = 1;
    static final int MIN_THEME_SCORE = 2;

    private final Taxonomy taxonomy;
    private final List<EntryMatcher> audiences;
    private final List<EntryMatcher> themes;
    private final Stems stems;

    public Classifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        List<Keyword> negations = EntryMatcher.parseAll(taxonomy.negations().stream().map(n -> "=" + n).toList());
        this.audiences = taxonomy.audiences().stream().map(e -> new EntryMatcher(e, negations)).toList();
        this.themes = taxonomy.themes().stream().map(e -> new EntryMatcher(e, negations)).toList();
        this.stems = new Stems(Stream.concat(audiences.stream(), themes.stream())
                .flatMap(m -> m.keywords().stream())
                .filter(Keyword::isSplittingStem)
                .map(k -> k.words().getFirst())
                .toList());
    }

    public Classification classify(ActivityDraft draft, SourceDefaults defaults) {
        checkKnown(defaults);
        Evidence evidence = new Evidence(draft);
        List<String> audienceIds = ranked(audiences, evidence, true, MIN_AUDIENCE_SCORE);
        List<String> themeIds = ranked(themes, evidence, false, MIN_THEME_SCORE);
        String text = draft.title() + "\n" + draft.description().text();
        return new Classification(
                audienceIds.isEmpty() ? defaults.audiences() : audienceIds,
                themeIds.isEmpty() ? defaults.themes() : themeIds,
                CostReader.cost(draft.cost(), text),
                draft.wheelchairAccessible() != null
                        ? draft.wheelchairAccessible() : AccessReader.wheelchairAccessible(text));
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

    /** For each entry with evidence, the keywords found (for tests and for explaining a label to an editor). */
    public Map<String, Set<String>> explain(ActivityDraft draft) {
        Evidence evidence = new Evidence(draft);
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Stream.concat(audiences.stream(), themes.stream()).forEach(matcher -> {
            Set<String> words = evidence.found(matcher);
            if (!words.isEmpty()) {
                found.put(matcher.id(), words);
            }
        });
        return found;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    private List<String> ranked(List<EntryMatcher> matchers, Evidence evidence, boolean withAges, int minScore) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (EntryMatcher matcher : matchers) {
            int score = evidence.score(matcher) + (withAges ? evidence.ageScore(matcher.id()) : 0);
            if (score > 0) {
                scores.put(matcher.id(), score);
            }
        }
        // Weak evidence is kept only when there is nothing stronger: a one-line description that mentions
        // "zwerfafval" once is still about waste, but next to a clear theme such a passing word is noise.
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int needed = best >= minScore ? minScore : 1;
        List<String> ids = new ArrayList<>(scores.keySet().stream().filter(id -> scores.get(id) >= needed).toList());
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

        Set<String> found(EntryMatcher matcher) {
            Set<String> words = new LinkedHashSet<>();
            categories.forEach(category -> words.addAll(matcher.found(category).values()));
            words.addAll(matcher.found(title).values());
            words.addAll(matcher.found(description).values());
            return words;
        }

        int ageScore(String id) {
            return (titleAges.contains(id) ? TITLE : 0) + (descriptionAges.contains(id) ? DESCRIPTION : 0);
        }
    }
}
