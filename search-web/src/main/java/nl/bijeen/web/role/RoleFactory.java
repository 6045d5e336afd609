package nl.bijeen.web.role;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** This process's {@link Role}, read once from {@code bijeen.role}; a misspelt role stops the start. */
@Factory
public class RoleFactory {

    @Singleton
    Role role(@Value("${" + Role.PROPERTY + ":all}") String setting) {
        return Role.parse(setting);
    }
}
