package nl.bijeen.web.config;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The login to the professional and admin screens ({@code bijeen.security.*}).
 *
 * @param adminUsername  the first admin, created at start when no user of that name exists (then remove the
 *                       password from the settings: later changes are not applied to an existing user)
 * @param adminPassword  that admin's password, at least 12 characters; best given as BIJEEN_ADMIN_PASSWORD
 * @param sessionIdle    a session ends after this long without a request
 * @param sessionMax     and in any case this long after the login
 * @param secureCookies  Secure flag on the session and CSRF cookies: true except for plain http on a test machine
 * @param loginAttempts  failed logins allowed per user name (from anywhere) within {@code loginWindow}
 * @param loginAttemptsPerAddress failed logins allowed per client address within {@code loginWindow} (higher: an
 *                       office or care home shares one address)
 * @param loginWindow    the window for {@code loginAttempts}
 */
@ConfigurationProperties("bijeen.security")
public record SecurityProperties(
        @Nullable String adminUsername,
        @Nullable String adminPassword,
        @Bindable(defaultValue = "30m") Duration sessionIdle,
        @Bindable(defaultValue = "8h") Duration sessionMax,
        @Bindable(defaultValue = "true") boolean secureCookies,
        @Bindable(defaultValue = "5") int loginAttempts,
        @Bindable(defaultValue = "30") int loginAttemptsPerAddress,
        @Bindable(defaultValue = "15m") Duration loginWindow) {
}
