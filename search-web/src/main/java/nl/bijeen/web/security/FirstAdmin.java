package nl.bijeen.web.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Context;

import nl.bijeen.web.config.SecurityProperties;

/**
 * Creates the first admin from the settings ({@code bijeen.security.admin-username} and {@code admin-password}) at
 * start, when there is no user of that name yet. Further users are added by an admin; an existing user is never
 * changed from the settings, so a leftover password in them cannot reset anyone's.
 */
@Context
public class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    public FirstAdmin(SecurityProperties settings, Users users) {
        String name = settings.adminUsername();
        if (name == null || name.isBlank() || users.find(name.strip()).isPresent()) {
            return;
        }
        String password = settings.adminPassword();
        if (password == null || password.length() < Users.MIN_PASSWORD_LENGTH) {
            LOG.warn("No admin created: bijeen.security.admin-password (BIJEEN_ADMIN_PASSWORD) must have at least {}"
                    + " characters", Users.MIN_PASSWORD_LENGTH);
            return;
        }
        users.create(name.strip(), password, List.of(Roles.ADMIN, Roles.PROFESSIONAL));
        LOG.info("Admin {} created from the settings; remove the password from them now", name.strip());
    }
}
