package nl.bijeen.aggregator.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.connectors.html.DatesOfOneActivity;

/**
 * The demo world: Katwijk organisations with websites that publish neighbourhood activities as iCal, RSS, Atom and
 * schema.org JSON-LD or as plain pages that only a recipe can read, read from {@code config/demo/world.yml}. It also knows the ground truth: which items each
 * site publishes, and which items across sites are the same activity.
 */
public final class DemoWorld {

    /** How often the demo sources are crawled. */
    public static final Duration CRAWL_INTERVAL = Duration.ofMinutes(10);

    /** The base against which {@link #expectedItems(String, Clock)} resolves the links of recipe sites. */
    public static final URI NOMINAL_BASE = URI.create("http://127.0.0.1/");

    /** Entries per list page of a buurthuis recipe site. */
    static final int ENTRIES_PER_PAGE = 8;

    /** The most list pages the demo-buurthuis recipe reads (its pagination.maxPages). */
    static final int MAX_LIST_PAGES = 5;

    private final Map<String, DemoSite> sites;
    private final List<DemoActivity> activities;
    private final List<DemoOrganisation> organisations;
    private final List<Set<String>> hardNegatives;
    private final OrganisationTruth organisationTruth;

    private final List<DemoSite> orderedSites;
    /** Per site id, what it publishes: a generated world has thousands of sites, too many to filter per request. */
    private final Map<String, List<DemoActivity>> bySite;

    private DemoWorld(Map<String, DemoSite> sites, List<DemoActivity> activities,
                      Map<String, OrganisationProfile> profiles, List<Set<String>> hardNegatives) {
        this.sites = Map.copyOf(sites);
        this.orderedSites = List.copyOf(sites.values());
        this.activities = List.copyOf(activities);
        this.organisations = profiles.values().stream().map(OrganisationProfile::organisation).toList();
        this.hardNegatives = List.copyOf(hardNegatives);
        this.organisationTruth = new OrganisationTruth(profiles, orderedSites,
                (site, clock) -> expectedItems(site.id(), clock));
        Map<String, List<DemoActivity>> published = new java.util.HashMap<>();
        for (DemoActivity a : this.activities) {
            a.publishedOn().forEach(id -> published.computeIfAbsent(id, k -> new ArrayList<>()).add(a));
        }
        this.bySite = published;
    }

    /**
     * A world made in code rather than read from world.yml (the generated worlds of
     * {@code nl.bijeen.aggregator.world}): sites in the given order, activities unchecked.
     */
    public static DemoWorld of(List<DemoSite> sites, List<DemoActivity> activities) {
        Map<String, DemoSite> byId = new java.util.LinkedHashMap<>();
        sites.forEach(s -> {
            if (byId.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("site id '" + s.id() + "' is used twice");
            }
        });
        return new DemoWorld(byId, activities, profilesOf(sites, activities), List.of());
    }

    /** The organisations behind the organisers of a world made in code: those that carry a profile. */
    private static Map<String, OrganisationProfile> profilesOf(List<DemoSite> sites, List<DemoActivity> activities) {
        Map<String, OrganisationProfile> profiles = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(sites.stream().map(DemoSite::organisation),
                        activities.stream().map(DemoActivity::organiser))
                .map(DemoOrganiser::profile).filter(java.util.Objects::nonNull)
                .forEach(p -> profiles.putIfAbsent(p.organisation().id(), p));
        return profiles;
    }

    /** Reads {@code <configDir>/demo/world.yml}. */
    public static DemoWorld load(Path configDir) {
        return loadFile(configDir.resolve("demo").resolve("world.yml"));
    }

    /** Reads and checks one world file. @throws DemoWorldException naming every faulty entry */
    public static DemoWorld loadFile(Path worldFile) {
        WorldFile file = read(worldFile);
        WorldValidator validator = new WorldValidator();
        Map<String, DemoPlace> places = validator.places(file.places());
        OrganisationCheck organisationCheck = new OrganisationCheck(validator.problems());
        Map<String, OrganisationProfile> organisations = organisationCheck.organisations(file.organisations(), places);
        List<Set<String>> hardNegatives = organisationCheck.hardNegatives(file.organisations(), organisations.keySet());
        Map<String, DemoSite> sites = validator.sites(file.sites(), organisations);
        List<DemoActivity> activities = validator.activities(file.activities(), sites, places, organisations);
        validator.recipeSites(sites.values(), activities);
        if (sites.isEmpty()) {
            validator.problems().add("no sites");
        }
        if (!validator.problems().isEmpty()) {
            throw new DemoWorldException(worldFile.toString(), validator.problems());
        }
        return new DemoWorld(sites, activities, organisations, hardNegatives);
    }

    private static WorldFile read(Path worldFile) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(Files.readString(worldFile), WorldFile.class);
        } catch (JacksonException e) {
            throw new DemoWorldException(worldFile + " is not a valid world file: " + e.getOriginalMessage()
                    + " (at " + e.getLocation() + ")", e);
        } catch (IOException e) {
            throw new DemoWorldException("cannot read the demo world " + worldFile + ": " + e.getMessage(), e);
        }
    }

    public List<DemoSite> sites() {
        return orderedSites;
    }

    public Optional<DemoSite> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    public List<DemoActivity> activities() {
        return activities;
    }

    /** Every organisation in world.yml, in its order (for a world made in code: those its organisers carry). */
    public List<DemoOrganisation> organisations() {
        return organisations;
    }

    /** The organisations that appear in what the sites publish with {@code clock}: as a site's publisher or as an organiser. */
    public List<DemoOrganisation> publishedOrganisations(Clock clock) {
        return organisationTruth.published(organisations, clock);
    }

    /** Every name under which the sites publish organisation {@code organisationId} with {@code clock}. */
    public Set<String> namingsOf(String organisationId, Clock clock) {
        return organisationTruth.namingsOf(organisationId, clock);
    }

    /** The id of the organisation that organises {@code activityId}, if it is one of world.yml's organisations. */
    public Optional<String> organisationOfActivity(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).findFirst()
                .flatMap(a -> a.organiser().organisationId());
    }

    /** The id of the organisation publishing site {@code siteId}. */
    public Optional<String> publisherOf(String siteId) {
        return site(siteId).flatMap(s -> s.organisation().organisationId());
    }

    /** Address, description and logo of an organisation, as its JSON-LD and the demo server publish them. */
    public Optional<OrganisationProfile> profile(String organisationId) {
        return organisationTruth.profile(organisationId);
    }

    /** Pairs of different organisations with look-alike names that recognition must keep apart (world.yml distinctFrom). */
    public List<Set<String>> hardNegatives() {
        return hardNegatives;
    }

    /** What {@code site} publishes, in the order of world.yml. */
    public List<Publication> publications(DemoSite site) {
        return bySite.getOrDefault(site.id(), List.of()).stream().map(a -> a.on(site)).toList();
    }

    /** One source per site, pointing at its feed or agenda page under {@code baseUri}; recipe sites name their recipe. */
    public List<SourceDefinition> sourceDefinitions(URI baseUri) {
        return orderedSites.stream()
                .map(s -> new SourceDefinition(s.id(), s.name(), feedUri(baseUri, s), s.format().connectorFormat(),
                        CRAWL_INTERVAL, s.format().recipe()))
                .toList();
    }

    public static URI feedUri(URI baseUri, DemoSite site) {
        return baseUri.resolve(site.feedUrlPath());
    }

    /**
     * Ground truth: every item {@code siteId} publishes when rendered with {@code clock}. The item ids of recipe
     * sites are their links, so they depend on where the world is served: here they are resolved against
     * {@link #NOMINAL_BASE}; {@link #expectedItems(String, Clock, URI)} gives them for a running server.
     */
    public List<ExpectedItem> expectedItems(String siteId, Clock clock) {
        return expectedItems(siteId, clock, NOMINAL_BASE);
    }

    /** Ground truth for the world served under {@code baseUri} (as {@link DemoWorldServer#baseUri()}). */
    public List<ExpectedItem> expectedItems(String siteId, Clock clock, URI baseUri) {
        DemoSite site = site(siteId).orElseThrow(() -> new IllegalArgumentException("no demo site '" + siteId + "'"));
        List<ExpectedItem> items = new ArrayList<>();
        for (Publication p : publications(site)) {
            items.addAll(itemsOf(p, clock, baseUri));
        }
        return items;
    }

    /** Ground truth for deduplication: every (site, item) that publishes {@code activityId}. */
    public List<ExpectedItem> itemsOfActivity(String activityId, Clock clock) {
        DemoActivity activity = activities.stream().filter(a -> a.id().equals(activityId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo activity '" + activityId + "'"));
        return activity.publishedOn().stream()
                .flatMap(id -> itemsOf(activity.on(sites.get(id)), clock, NOMINAL_BASE).stream())
                .toList();
    }

    private static List<ExpectedItem> itemsOf(Publication p, Clock clock, URI baseUri) {
        List<DemoOccurrence> shown = p.shownOccurrences(clock);
        if (shown.isEmpty()) {
            return p.schedule() instanceof DemoSchedule.Ongoing
                    ? List.of(item(p, ItemIds.feedId(p.site(), p.activity()), null, 0)) : List.of();
        }
        if (p.site().format().isRecipe()) {
            // One entry (list item or table row) per date, all with the same link and title: one activity.
            return List.of(item(p, ItemIds.itemId(p.site(), p.activity(), shown.get(0), baseUri), shown.get(0),
                    shown.size()));
        }
        if (p.site().format() == DemoFormat.JSONLD && shown.size() > 1) {
            // One Event per date on the page; the connector joins them into one activity with a series id.
            String seriesId = DatesOfOneActivity.seriesItemId(p.title(), p.activity().place().name());
            return List.of(item(p, seriesId, shown.get(0), shown.size()));
        }
        return List.of(item(p, ItemIds.itemId(p.site(), p.activity(), shown.get(0), baseUri), shown.get(0), 1));
    }

    private static ExpectedItem item(Publication p, String itemId, DemoOccurrence occurrence, int dates) {
        return new ExpectedItem(p.site().id(), itemId, p.activity().id(), p.title(), occurrence,
                p.activity().cancelled(), dates, p.organiser());
    }
}
