package nl.bijeen.web.wijkwebsites;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import nl.bijeen.connectors.geo.Area;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.export.ExportSource;
import nl.bijeen.web.web.TaxonomyLabels;

/**
 * {@code /wijkwebsites}: the neighbourhood websites Bijeen brings together, grouped by wijk (or one wijk with
 * {@code ?wijk=WK053701}), each with what it publishes, its live activities, when it was updated and a link to the
 * site itself, and an invitation to site owners to join.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/wijkwebsites")
public class WijkWebsitesPage {

    static final String NO_WIJK = "Hele gemeente of wijk onbekend";

    /** One website as the page shows it. */
    public record Shown(String name, String home, String address, String publishes, int live, List<String> themes,
                        String updated) {
    }

    /** A wijk's heading with its websites. */
    public record Group(String code, String name, List<Shown> sites) {
    }

    private final NeighbourhoodSites sites;
    private final ExportSource places;
    private final TaxonomyLabels labels;
    private final Clock clock;
    private final ZoneId zone;

    WijkWebsitesPage(NeighbourhoodSites sites, ExportSource places, TaxonomyLabels labels, Clock clock,
                     BijeenProperties bijeen) {
        this.sites = sites;
        this.places = places;
        this.labels = labels;
        this.clock = clock;
        this.zone = ZoneId.of(bijeen.timeZone());
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String wijk) {
        List<Area> wijken = places.wijken().stream().sorted(Comparator.comparing(Area::name)).toList();
        String chosen = wijken.stream().map(Area::code).filter(c -> c.equals(wijk)).findFirst().orElse(null);
        List<Site> all = sites.all();
        Map<String, Object> model = new HashMap<>();
        model.put("groepen", groups(all, wijken, chosen));
        model.put("wijken", wijken);
        model.put("gekozen", chosen);
        model.put("aantal", all.size());
        return new ModelAndView<>("wijkwebsites", model);
    }

    private List<Group> groups(List<Site> all, List<Area> wijken, String chosen) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, List<Shown>> byWijk = new LinkedHashMap<>();
        wijken.forEach(w -> byWijk.put(w.code(), new ArrayList<>()));
        byWijk.put("", new ArrayList<>());
        for (Site s : all) {
            String key = s.wijk() != null && byWijk.containsKey(s.wijk()) ? s.wijk() : "";
            byWijk.get(key).add(new Shown(s.name(), s.home().toString(), SiteWords.shortAddress(s.home()),
                    SiteWords.publishes(s.format(), s.url()), s.live(), labels.themes(s.themes()),
                    SiteWords.updated(s.lastSuccess(), today, zone)));
        }
        List<Group> groups = new ArrayList<>();
        byWijk.forEach((code, shown) -> {
            boolean wanted = chosen == null ? !shown.isEmpty() : code.equals(chosen);
            if (wanted) {
                String name = code.isEmpty() ? NO_WIJK : places.wijk(code).map(Area::name).orElse(code);
                groups.add(new Group(code, name, shown));
            }
        });
        return groups;
    }
}
