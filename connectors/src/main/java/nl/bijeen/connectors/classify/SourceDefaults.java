package nl.bijeen.connectors.classify;

import java.util.List;

/**
 * What a source is about when an activity says nothing itself: a youth centre's agenda defaults to "jongeren", a
 * repair café's to "repareren-en-duurzaamheid". Ids from the taxonomy.
 */
public record SourceDefaults(List<String> audiences, List<String> themes) {

    public static final SourceDefaults NONE = new SourceDefaults(List.of(), List.of());

    public SourceDefaults {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
