package nl.bijeen.aggregator.demo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks one activity entry of world.yml against the sites and places, and builds it when it is sound. */
final class ActivityCheck {

    private final String where;
    private final WorldFile.Activity entry;
    private final Map<String, DemoSite> sites;
    private final Map<String, DemoPlace> places;
    private final Map<String, OrganisationProfile> organisations;
    private final List<String> problems;
    private boolean ok = true;

    ActivityCheck(String where, WorldFile.Activity entry, Map<String, DemoSite> sites, Map<String, DemoPlace> places,
                  Map<String, OrganisationProfile> organisations, List<String> problems) {
        this.where = where;
        this.entry = entry;
        this.sites = sites;
        this.places = places;
        this.organisations = organisations;
        this.problems = problems;
    }

    Optional<DemoActivity> toActivity() {
        if (blank(entry.title()) || blank(entry.description())) {
            fail("title and description are required");
        }
        DemoPlace place = places.get(entry.place());
        if (place == null) {
            fail("place '" + entry.place() + "' is not one of the places");
        }
        if (entry.audiences() == null || entry.audiences().isEmpty() || entry.themes() == null
                || entry.themes().isEmpty()) {
            fail("needs at least one audience and one theme");
        }
        if (!WorldValidator.validCost(entry.cost())) {
            fail("cost '" + entry.cost() + "' must be 'gratis' or an amount like '€ 2,50'");
        }
        DemoSchedule schedule = schedule();
        List<DemoSite> on = publishedOn(schedule);
        Map<String, DemoVariant> variants = variants();
        OrganisationProfile named = entry.organiser() == null ? null : organisations.get(entry.organiser());
        if (entry.organiser() != null && named == null) {
            fail("organiser '" + entry.organiser() + "' is not one of the organisations");
        }
        if (!ok) {
            return Optional.empty();
        }
        // Without an organiser of its own, the activity is the first site's publisher's (under its own name).
        DemoOrganiser organiser = named != null ? DemoOrganiser.of(named)
                : on.get(0).organisation().profile() != null ? DemoOrganiser.of(on.get(0).organisation().profile())
                : on.get(0).organisation();
        return Optional.of(new DemoActivity(entry.id(), entry.title().strip(), entry.description().strip(), place,
                organiser, entry.audiences(), entry.themes(), entry.cost(), schedule, entry.publishedOn(), variants,
                Boolean.TRUE.equals(entry.cancelled())));
    }

    private DemoSchedule schedule() {
        try {
            return ScheduleParser.parse(entry.schedule());
        } catch (IllegalArgumentException e) {
            fail("bad schedule: " + e.getMessage());
            return null;
        }
    }

    private List<DemoSite> publishedOn(DemoSchedule schedule) {
        if (entry.publishedOn() == null || entry.publishedOn().isEmpty()) {
            fail("publishedOn must name at least one site");
            return List.of();
        }
        if (new HashSet<>(entry.publishedOn()).size() != entry.publishedOn().size()) {
            fail("publishedOn names a site twice");
        }
        List<DemoSite> on = entry.publishedOn().stream().map(sites::get).toList();
        for (int i = 0; i < on.size(); i++) {
            DemoSite site = on.get(i);
            if (site == null) {
                fail("publishedOn names unknown site '" + entry.publishedOn().get(i) + "'");
            } else if (schedule instanceof DemoSchedule.Ongoing && !site.format().carriesOngoing()) {
                fail("is ongoing (no date) but published on " + site.format().worldName()
                        + " site '" + site.id() + "', which can only carry dated activities");
            } else if (Boolean.TRUE.equals(entry.cancelled()) && site.format().carriesOngoing()) {
                fail("is cancelled but published on feed '" + site.id() + "', which has no way to say so");
            }
        }
        return on;
    }

    private Map<String, DemoVariant> variants() {
        Map<String, DemoVariant> variants = new LinkedHashMap<>();
        if (entry.variants() != null) {
            entry.variants().forEach((siteId, v) -> {
                if (entry.publishedOn() == null || !entry.publishedOn().contains(siteId)) {
                    fail("has a variant for '" + siteId + "', which is not in its publishedOn");
                } else if (v != null && v.organiser() != null && v.organiser().isBlank()) {
                    fail("has a blank organiser name in its variant for '" + siteId + "'");
                } else if (v != null) {
                    variants.put(siteId, new DemoVariant(v.title(), v.description(),
                            v.organiser() == null ? null : v.organiser().strip()));
                }
            });
        }
        return variants;
    }

    private void fail(String problem) {
        problems.add(where + ": " + problem);
        ok = false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
