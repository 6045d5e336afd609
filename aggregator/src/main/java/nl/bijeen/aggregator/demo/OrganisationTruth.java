package nl.bijeen.aggregator.demo;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Ground truth of the social map: which organisation is behind every naming the sites publish. A site names its
 * publisher (the calendar's, feed's or page's organisation) and the organiser of every item it publishes; whether an
 * item is published at all depends on the clock (a one-off activity in the past is gone).
 */
final class OrganisationTruth {

    private final Map<String, OrganisationProfile> profiles;
    private final List<DemoSite> sites;
    private final BiFunction<DemoSite, Clock, List<ExpectedItem>> itemsOfSite;

    OrganisationTruth(Map<String, OrganisationProfile> profiles, List<DemoSite> sites,
                      BiFunction<DemoSite, Clock, List<ExpectedItem>> itemsOfSite) {
        this.profiles = Map.copyOf(profiles);
        this.sites = sites;
        this.itemsOfSite = itemsOfSite;
    }

    Optional<OrganisationProfile> profile(String organisationId) {
        return Optional.ofNullable(profiles.get(organisationId));
    }

    /** Every name under which the organisation appears in what the sites publish with this clock. */
    Set<String> namingsOf(String organisationId, Clock clock) {
        Set<String> names = new LinkedHashSet<>();
        for (DemoSite site : sites) {
            if (isOf(site.organisation(), organisationId)) {
                names.add(site.organisation().name());
            }
            itemsOfSite.apply(site, clock).stream().map(ExpectedItem::organiser)
                    .filter(o -> isOf(o, organisationId)).forEach(o -> names.add(o.name()));
        }
        return names;
    }

    /** The organisations that appear in what the sites publish, as publisher or organiser, in world.yml order. */
    List<DemoOrganisation> published(List<DemoOrganisation> all, Clock clock) {
        Set<String> ids = new LinkedHashSet<>();
        for (DemoSite site : sites) {
            site.organisation().organisationId().ifPresent(ids::add);
            itemsOfSite.apply(site, clock).forEach(i -> i.organiser().organisationId().ifPresent(ids::add));
        }
        return all.stream().filter(o -> ids.contains(o.id())).toList();
    }

    private static boolean isOf(DemoOrganiser organiser, String organisationId) {
        return organiser != null && organiser.organisationId().filter(organisationId::equals).isPresent();
    }
}
