package nl.bijeen.aggregator.demo;

/**
 * How one site words a cross-posted activity; {@code null} parts fall back to the activity's own wording.
 *
 * @param organiser the name under which this site publishes the activity's organiser
 */
public record DemoVariant(String title, String description, String organiser) {

    public DemoVariant(String title, String description) {
        this(title, description, null);
    }
}
