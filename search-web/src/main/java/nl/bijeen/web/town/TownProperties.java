package nl.bijeen.web.town;

import java.util.List;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The Over de stad pages ({@code bijeen.towns.*}; see config/application.yml).
 *
 * @param names the names of the municipalities whose wijken the wijk map holds, as "GM0537=Katwijk": the CBS
 *              boundary files name wijken but not their municipality, whose code is in the wijk code (WK0537..)
 */
@ConfigurationProperties("bijeen.towns")
public record TownProperties(@Bindable(defaultValue = "GM0537=Katwijk") List<String> names) {

    /** The configured name of municipality {@code code} ("GM0537"), or null when none is configured. */
    String nameOf(String code) {
        for (String entry : names == null ? List.<String>of() : names) {
            int equals = entry.indexOf('=');
            if (equals > 0 && entry.substring(0, equals).strip().equalsIgnoreCase(code)) {
                return entry.substring(equals + 1).strip();
            }
        }
        return null;
    }
}
