package nl.bijeen.connectors.geo;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link GeocodeCache} in memory, safe for concurrent use; forgotten when the process stops. */
public final class InMemoryGeocodeCache implements GeocodeCache {

    private final Map<String, GeocodeAnswer> answers = new ConcurrentHashMap<>();

    @Override
    public Optional<GeocodeAnswer> get(String normalisedAddress) {
        return Optional.ofNullable(answers.get(normalisedAddress));
    }

    @Override
    public void put(String normalisedAddress, GeocodeAnswer answer) {
        if (!answer.isDefinite()) {
            throw new IllegalArgumentException("only definite answers are cached, not " + answer.outcome());
        }
        answers.put(normalisedAddress, answer);
    }

    public int size() {
        return answers.size();
    }
}
