package nl.bijeen.aggregator.demo;

/** Who organises an activity or runs a site; url and email may be {@code null}. */
public record DemoOrganiser(String name, String url, String email) {
}
