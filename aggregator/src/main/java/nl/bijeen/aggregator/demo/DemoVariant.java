package nl.bijeen.aggregator.demo;

/** How one site words a cross-posted activity; {@code null} parts fall back to the activity's own wording. */
public record DemoVariant(String title, String description) {
}
