package nl.bijeen.web.town;

import io.micronaut.core.annotation.Introspected;

/**
 * A key contact on an Over de stad page, e.g. the local welfare desk. Only the name is required.
 *
 * @param role           what they do for residents, or null
 * @param website        an absolute http(s) address, or null
 * @param organisationId the organisation (organisation.id) it belongs to, or null
 */
@Introspected
public record Contact(String name, String role, String phone, String email, String website, Long organisationId) {

    /** The phone number as a tel: link (digits and a leading +). */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    public String organisationLink() {
        return organisationId == null ? null : "/organisaties/" + organisationId;
    }
}
