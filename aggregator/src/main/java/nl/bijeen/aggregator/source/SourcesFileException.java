package nl.bijeen.aggregator.source;

import java.util.List;

/** {@code sources.yml} could not be used; {@link #problems()} lists every problem, each naming its entry and key. */
public class SourcesFileException extends RuntimeException {

    private final List<String> problems;

    public SourcesFileException(String file, List<String> problems) {
        super(file + " has " + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + ":\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
