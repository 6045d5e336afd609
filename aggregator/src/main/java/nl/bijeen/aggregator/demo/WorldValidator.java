package nl.bijeen.aggregator.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a world file entry by entry, collecting every problem with the entry it is about. */
final class WorldValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4} [A-Z]{2}");
    private static final Pattern COST = Pattern.compile("gratis|€ \\d{1,3},\\d{2}");
    private static final Pattern FEED_PATH = Pattern.compile("[a-z0-9][a-z0-9./-]*");

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    /**
     * Recipe sites serve HTML pages, and a buurthuis list must fit in the pages its recipe reads: every date of
     * every activity an entry, {@value DemoWorld#ENTRIES_PER_PAGE} entries a page, at most
     * {@value DemoWorld#MAX_LIST_PAGES} pages.
     */
    void recipeSites(java.util.Collection<DemoSite> sites, List<DemoActivity> activities) {
        int maxActivities = DemoWorld.MAX_LIST_PAGES * DemoWorld.ENTRIES_PER_PAGE
                / JsonLdPageRenderer.OCCURRENCES_PER_SERIES;
        for (DemoSite site : sites) {
            if (site.format().isRecipe() && !site.feedPath().endsWith(".html")) {
                problems.add("site '" + site.id() + "': feed path '" + site.feedPath() + "' of a recipe site must be an"
                        + " .html page like agenda.html");
            }
            long published = activities.stream().filter(a -> a.publishedOn().contains(site.id())).count();
            if (site.format() == DemoFormat.RECIPE_BUURTHUIS && published > maxActivities) {
                problems.add("site '" + site.id() + "': publishes " + published + " activities, but its recipe reads"
                        + " at most " + maxActivities + " (" + DemoWorld.MAX_LIST_PAGES + " pages of "
                        + DemoWorld.ENTRIES_PER_PAGE + " dates)");
            }
        }
    }

    Map<String, DemoSite> sites(List<WorldFile.Site> entries, Map<String, OrganisationProfile> organisations) {
        Map<String, DemoSite> sites = new LinkedHashMap<>();
        for (WorldFile.Site s : nonNull(entries)) {
            String where = "site '" + s.id() + "'";
            if (!checkId(where, s.id(), sites.keySet())) {
                continue;
            }
            require(where, "name", s.name());
            require(where, "kind", s.kind());
            checkWijk(where, s.wijk());
            if (s.feed() == null || !FEED_PATH.matcher(s.feed()).matches() || s.feed().equals("index.html")) {
                problems.add(where + ": feed path '" + s.feed() + "' must be a relative path like agenda.ics");
            }
            OrganisationProfile publisher = organisations.get(s.publisher());
            if (publisher == null) {
                problems.add(where + ": publisher '" + s.publisher() + "' is not one of the organisations");
                continue;
            }
            try {
                DemoFormat format = DemoFormat.parse(String.valueOf(s.format()));
                sites.put(s.id(), new DemoSite(s.id(), s.name(), s.kind(), s.wijk(), format, s.feed(), s.intro(),
                        DemoOrganiser.of(publisher).named(s.publisherName())));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        return sites;
    }

    Map<String, DemoPlace> places(List<WorldFile.Place> entries) {
        Map<String, DemoPlace> places = new LinkedHashMap<>();
        for (WorldFile.Place p : nonNull(entries)) {
            String where = "place '" + p.id() + "'";
            if (!checkId(where, p.id(), places.keySet())) {
                continue;
            }
            boolean ok = require(where, "name", p.name()) & require(where, "street", p.street())
                    & require(where, "town", p.town()) & checkWijk(where, p.wijk());
            if (p.postcode() == null || !POSTCODE.matcher(p.postcode()).matches()) {
                problems.add(where + ": postcode '" + p.postcode() + "' must look like 2224 AB");
                ok = false;
            }
            if (p.lat() == null || p.lon() == null || !KatwijkWijken.inBox(p.lat(), p.lon())) {
                problems.add(where + ": coordinates " + p.lat() + ", " + p.lon() + " are not in Katwijk");
                ok = false;
            }
            if (ok) {
                places.put(p.id(), new DemoPlace(p.id(), p.name(), p.street(), p.postcode(), p.town(), p.wijk(),
                        p.lat(), p.lon()));
            }
        }
        return places;
    }

    List<DemoActivity> activities(List<WorldFile.Activity> entries, Map<String, DemoSite> sites,
                                  Map<String, DemoPlace> places, Map<String, OrganisationProfile> organisations) {
        List<DemoActivity> activities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (WorldFile.Activity a : nonNull(entries)) {
            String where = "activity '" + a.id() + "'";
            if (checkId(where, a.id(), ids)) {
                ids.add(a.id());
                new ActivityCheck(where, a, sites, places, organisations, problems).toActivity().ifPresent(activities::add);
            }
        }
        return activities;
    }

    private boolean checkId(String where, String id, Set<String> seen) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + ": id must be lower-case letters, digits and '-'");
            return false;
        }
        if (seen.contains(id)) {
            problems.add(where + ": id is used twice");
            return false;
        }
        return true;
    }

    private boolean checkWijk(String where, String wijk) {
        if (!KatwijkWijken.isWijk(wijk)) {
            problems.add(where + ": '" + wijk + "' is not a wijk code of Katwijk (WK053701 … WK053708)");
            return false;
        }
        return true;
    }

    private boolean require(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": " + field + " is missing");
            return false;
        }
        return true;
    }

    static boolean validCost(String cost) {
        return cost != null && COST.matcher(cost).matches();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
