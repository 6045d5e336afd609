package nl.bijeen.aggregator.demo;

import java.util.List;

/** The world file cannot be used; the message names every faulty entry. */
public class DemoWorldException extends RuntimeException {

    public DemoWorldException(String message, Throwable cause) {
        super(message, cause);
    }

    public DemoWorldException(String file, List<String> problems) {
        super(file + " has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
    }
}
