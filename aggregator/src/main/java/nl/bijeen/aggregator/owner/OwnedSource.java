package nl.bijeen.aggregator.owner;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A source a site owner registered, with its approval and crawl state: what the management page and the admin's
 * list of registrations show.
 */
public record OwnedSource(String id, String name, URI feedUrl, URI siteUrl, String format, Approval approval,
                          String ownerName, String ownerEmail, Instant registeredAt, Integer previewCount,
                          List<String> previewWarnings, String decisionReason, String verificationCode,
                          Instant verifiedAt, Instant removedAt, boolean paused, Instant lastAttemptAt,
                          Instant lastSuccessAt, String lastError, int itemCount, String parkedReason,
                          List<String> defaultAudiences, List<String> defaultThemes, String defaultWijk) {

    /** Where a registration stands with the admins. */
    public enum Approval {
        PENDING, APPROVED, REJECTED;

        static Approval of(String column) {
            return column == null ? PENDING : valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public OwnedSource {
        previewWarnings = previewWarnings == null ? List.of() : List.copyOf(previewWarnings);
        defaultAudiences = defaultAudiences == null ? List.of() : List.copyOf(defaultAudiences);
        defaultThemes = defaultThemes == null ? List.of() : List.copyOf(defaultThemes);
    }

    public boolean removed() {
        return removedAt != null;
    }
}
