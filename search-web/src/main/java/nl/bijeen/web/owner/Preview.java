package nl.bijeen.web.owner;

import java.net.URI;
import java.util.List;

/**
 * What a site owner sees before registering: the feed or page Bijeen would follow and what it understood of it.
 *
 * @param pasted   the address the owner pasted
 * @param feed     the feed or page Bijeen would follow ({@code null} when nothing was found)
 * @param format   the connector format of {@code feed}
 * @param via      how it was found, in plain Dutch
 * @param count    how many activities Bijeen understood
 * @param examples a few of them, as they would appear
 * @param warnings what the owner may want to improve, in plain Dutch
 * @param problem  why nothing can be followed, in plain Dutch; {@code null} when something can
 */
public record Preview(URI pasted, URI feed, String format, String via, int count, List<Example> examples,
                      List<String> warnings, String problem) {

    /** One activity as it would appear. */
    public record Example(String title, String when, String where) {
    }

    public Preview {
        examples = List.copyOf(examples);
        warnings = List.copyOf(warnings);
    }

    static Preview failed(URI pasted, List<String> warnings, String problem) {
        return new Preview(pasted, null, null, null, 0, List.of(), warnings, problem);
    }

    public boolean usable() {
        return problem == null;
    }
}
