package nl.bijeen.web.owner;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Site owners registering their own agenda ({@code bijeen.owners.*}).
 *
 * @param autoApprove             true: a registration is approved (and crawled) at once; false: an admin approves it
 * @param previewsPerHour         previews one client address may ask for per hour (each one fetches a website)
 * @param registrationsPerHour    registrations one client address may make per hour
 */
@ConfigurationProperties("bijeen.owners")
public record OwnerProperties(
        @Bindable(defaultValue = "false") boolean autoApprove,
        @Bindable(defaultValue = "10") int previewsPerHour,
        @Bindable(defaultValue = "3") int registrationsPerHour) {
}
