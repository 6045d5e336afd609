package nl.bijeen.aggregator.demo;

import java.util.Optional;

/**
 * An organisation as one site names it: as organiser of an activity or as the publisher of the site.
 * url and email may be {@code null}.
 *
 * @param profile the organisation behind this naming with its details, or {@code null} for organisers made in code
 *                (the generated worlds), which are a name and contact only
 */
public record DemoOrganiser(String name, String url, String email, OrganisationProfile profile) {

    public DemoOrganiser(String name, String url, String email) {
        this(name, url, email, null);
    }

    /** The organisation of world.yml under its own name. */
    static DemoOrganiser of(OrganisationProfile profile) {
        DemoOrganisation o = profile.organisation();
        return new DemoOrganiser(o.name(), o.url(), o.email(), profile);
    }

    /** The same organisation under another name ({@code null} keeps this name). */
    public DemoOrganiser named(String otherName) {
        return otherName == null ? this : new DemoOrganiser(otherName, url, email, profile);
    }

    /** The id in world.yml of the organisation behind this naming. */
    public Optional<String> organisationId() {
        return Optional.ofNullable(profile).map(p -> p.organisation().id());
    }
}
