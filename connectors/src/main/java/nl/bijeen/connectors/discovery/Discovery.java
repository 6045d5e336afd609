package nl.bijeen.connectors.discovery;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What autodiscovery found for one pasted page.
 *
 * @param page       the page the site owner pasted
 * @param candidates everything worth following, best first (see {@link Candidate#RANKING})
 * @param warnings   about the page and the search itself, in plain Dutch
 */
public record Discovery(URI page, List<Candidate> candidates, List<String> warnings) {

    public Discovery {
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }

    /** The candidate to propose to the site owner: the best one that yields at least one activity. */
    public Optional<Candidate> best() {
        return candidates.stream().filter(c -> c.usable() && c.activities() > 0).findFirst();
    }
}
