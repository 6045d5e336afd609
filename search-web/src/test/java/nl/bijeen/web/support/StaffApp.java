package nl.bijeen.web.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;

import jakarta.inject.Inject;

import nl.bijeen.web.security.Roles;
import nl.bijeen.web.security.Users;

/**
 * The agenda application ({@link AgendaApp}) with logins: the first admin from the settings ({@value #ADMIN}) and a
 * professional ({@value #PROFESSIONAL}), both with password {@value #PASSWORD}. Redirects are not followed, so
 * tests see the 303s; use {@link #browser()} for a client that keeps cookies and submits forms with their token.
 */
public abstract class StaffApp extends AgendaApp {

    public static final String ADMIN = "beheerder";
    public static final String PROFESSIONAL = "welzijn";
    public static final String PASSWORD = "correct paard batterij";

    @Inject
    protected Users users;

    protected StaffApp(String name) {
        super(name);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.security.admin-username", ADMIN);
        properties.put("bijeen.security.admin-password", PASSWORD);
        properties.put("micronaut.http.client.follow-redirects", "false");
        return properties;
    }

    @BeforeAll
    void addProfessional() {
        if (users.find(PROFESSIONAL).isEmpty()) {
            users.create(PROFESSIONAL, PASSWORD, List.of(Roles.PROFESSIONAL));
        }
    }

    /** A new browser-like client without cookies. */
    protected FormClient browser() {
        return new FormClient(http);
    }
}
