package nl.bijeen.aggregator.source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An admin's edit of a source's connector settings; it wins over config/sources.yml (see {@link SourceEdits}).
 *
 * @param editedBy who saved it, {@code editedAt} when
 */
public record SourceEdit(Duration schedule, String format, String recipe, List<String> defaultAudiences,
                         List<String> defaultThemes, String defaultWijk, int priority, String editedBy,
                         Instant editedAt) {

    public SourceEdit {
        defaultAudiences = defaultAudiences == null ? List.of() : List.copyOf(defaultAudiences);
        defaultThemes = defaultThemes == null ? List.of() : List.copyOf(defaultThemes);
    }

    /** The edit's settings in place of the definition's; address, name, owner and paused stay. */
    public SourceDefinition applyTo(SourceDefinition d) {
        return new SourceDefinition(d.id(), d.name(), d.url(), format, schedule, recipe, defaultAudiences,
                defaultThemes, defaultWijk, priority, d.ownerEmail(), d.paused());
    }

    /** The definition's settings as an edit by {@code editedBy}. */
    public static SourceEdit of(SourceDefinition d, String editedBy, Instant editedAt) {
        return new SourceEdit(d.schedule(), d.format(), d.recipe(), d.defaultAudiences(), d.defaultThemes(),
                d.defaultWijk(), d.priority(), editedBy, editedAt);
    }
}
