package nl.bijeen.aggregator.demo;

/**
 * What world.yml says about an organisation beyond its name and contact: what a schema.org Organization can carry.
 *
 * @param organisation the organisation itself (ground truth)
 * @param place        its address, or {@code null}
 * @param description  a sentence or two about what it does
 */
public record OrganisationProfile(DemoOrganisation organisation, DemoPlace place, String description) {

    /** Every organisation has a logo, drawn by {@link Logos} and served by the demo server under this path. */
    public String logoPath() {
        return Logos.path(organisation.id());
    }
}
