package nl.bijeen.aggregator.demo;

import java.util.List;

/**
 * Ground truth of the social map: one organisation of the demo world, as world.yml describes it (whatever name the
 * sites publish it under). Other parts of Bijeen test organisation recognition against these.
 *
 * @param kind         an {@code OrganisationKind} code, e.g. "welzijn", "bibliotheek"
 * @param url          its website, or {@code null}
 * @param email        its e-mail address, or {@code null}
 * @param phone        its phone number as written ("071 123 45 67"), or {@code null}
 * @param openingHours schema.org style lines like "Mo-Fr 09:00-17:00"; empty when it publishes none
 * @param subsidised   {@code true} when its sources say a municipality funds it, {@code null} when they say nothing
 * @param wijk         CBS code of the wijk of its address (or of the wijk it works in when it has no address)
 */
public record DemoOrganisation(String id, String name, String kind, String url, String email, String phone,
                               List<String> openingHours, Boolean subsidised, String wijk) {

    public DemoOrganisation {
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }
}
