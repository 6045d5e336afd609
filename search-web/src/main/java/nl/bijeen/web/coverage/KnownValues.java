package nl.bijeen.web.coverage;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
/**
 * Keeps typed text out of the demand table: a filter value is stored only when it is a wijk code or taxonomy id
 * Bijeen knows. Anything else (a made-up value in a link, a name someone typed into a parameter) becomes
 * {@value DemandStore#UNKNOWN}: it was asked for, but what it was is not kept.
 */
@Singleton
class KnownValues {

    private final Set<String> wijken;
    private final Set<String> themes;
    private final Set<String> audiences;

    KnownValues(Coverage coverage) {
        this.wijken = coverage.wijken().stream().map(CoverageMatrix.Label::key).filter(k -> !k.isEmpty())
                .collect(Collectors.toSet());
        this.themes = coverage.themes().stream().map(CoverageMatrix.Label::key).collect(Collectors.toSet());
        this.audiences = coverage.audiences().stream().map(CoverageMatrix.Label::key).collect(Collectors.toSet());
    }

    List<String> wijken(List<String> values) {
        return only(values, wijken);
    }

    List<String> themes(List<String> values) {
        return only(values, themes);
    }

    List<String> audiences(List<String> values) {
        return only(values, audiences);
    }

    private static List<String> only(List<String> values, Set<String> known) {
        return values.stream().map(v -> known.contains(v) ? v : DemandStore.UNKNOWN).distinct().toList();
    }
}
