package nl.bijeen.web.wijkwebsites;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * Reads the neighbourhood websites Bijeen federates from the store with plain SQL: the sources that are switched on
 * (from sources.yml, or registered by their owner and approved), not parked after failing and not removed. A
 * pending registration is no member yet. Themes and counts come from the live activities their items form.
 */
@Singleton
public class NeighbourhoodSites {

    static final String MEMBERS = "enabled = TRUE AND parked_reason IS NULL AND removed_at IS NULL"
            + " AND (approval IS NULL OR approval = 'approved')";
    private static final int THEMES = 3;

    private final DataSource dataSource;

    public NeighbourhoodSites(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every member site, by name. */
    public List<Site> all() {
        return Transactions.read(dataSource, "reading the neighbourhood websites", connection -> {
            Map<String, Map<String, Integer>> themes = themes(connection);
            List<Site> sites = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, name, url, format, site_url,"
                    + " default_wijk, last_success_at FROM source WHERE " + MEMBERS);
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    URI url = URI.create(rs.getString("url"));
                    String home = rs.getString("site_url");
                    Map<String, Integer> counted = themes.getOrDefault(id, Map.of());
                    sites.add(new Site(id, rs.getString("name"), rs.getString("default_wijk"),
                            rs.getString("format"), url, home != null ? URI.create(home) : origin(url),
                            counted.getOrDefault("", 0), top(counted), Sql.getInstant(rs, "last_success_at")));
                }
            }
            sites.sort(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)));
            return sites;
        });
    }

    /** The default wijk of each member site (null for a site without one): for counting sites per wijk. */
    public List<String> wijken() {
        return Transactions.read(dataSource, "reading the wijken of the neighbourhood websites", connection -> {
            List<String> wijken = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT default_wijk FROM source WHERE "
                    + MEMBERS); ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    wijken.add(rs.getString(1));
                }
            }
            return wijken;
        });
    }

    /** Per source: its live activities under key "" and how many of them have each theme. */
    private static Map<String, Map<String, Integer>> themes(Connection connection) throws SQLException {
        Map<String, Map<String, Integer>> bySource = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT i.source_id, a.id, a.draft_json"
                + " FROM source_item i JOIN activity a ON a.id = i.activity_id"
                + " WHERE a.gone_at IS NULL AND i.gone_at IS NULL");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Map<String, Integer> counts = bySource.computeIfAbsent(rs.getString("source_id"), k -> new HashMap<>());
                counts.merge("", 1, Integer::sum);
                List<String> its = DraftJson.read(rs.getString("draft_json")).themes();
                (its == null ? List.<String>of() : its).forEach(t -> counts.merge(t, 1, Integer::sum));
            }
        }
        return bySource;
    }

    private static List<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(THEMES).map(Map.Entry::getKey).toList();
    }

    /** "https://buurthuis.nl/agenda.ics" → "https://buurthuis.nl/". */
    static URI origin(URI url) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/");
    }
}
