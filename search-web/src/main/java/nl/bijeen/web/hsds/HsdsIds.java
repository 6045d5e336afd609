package nl.bijeen.web.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * HSDS wants a unique identifier per record, by convention a UUID. Bijeen's own ids are numbers per table, so each
 * HSDS id is a name-based UUID of the table and the Bijeen id: the same organisation keeps the same HSDS id in every
 * export, which lets consumers update instead of duplicating.
 */
final class HsdsIds {

    private HsdsIds() {
    }

    static String organization(long id) {
        return of("organization", Long.toString(id));
    }

    static String service(long activityId) {
        return of("service", Long.toString(activityId));
    }

    /** One id per record kind and key within its parent, e.g. ("phone", "organization/12"). */
    static String of(String table, String key) {
        return UUID.nameUUIDFromBytes(("bijeen:" + table + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
