package nl.bijeen.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.web.support.StaffApp;
import nl.bijeen.web.support.Wait;

/**
 * Unmet demand: residents' searches that found (almost) nothing are counted per day, wijk, theme and audience, from
 * the results page and from the API, and nothing of what was typed is kept.
 */
@MicronautTest
class SearchDemandTest extends StaffApp {

    @Inject
    DataSource dataSource;

    SearchDemandTest() {
        super("demand");
    }

    /** The agenda has only a few activities: here only a search that finds none counts as unmet. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bijeen.coverage.unmet-at-most", "0");
        return properties;
    }

    @Test
    void anApiSearchWithoutResultsIsCountedByItsFiltersWithoutItsWords() {
        text("/api/activities?q=zwemles&theme=bewegen&wijk=WK053708");

        Wait.until("the search is counted", Duration.ofSeconds(10), () -> rows().contains("WK053708|bewegen||1"));
        assertThat(everything()).doesNotContain("zwemles");
    }

    @Test
    void aSearchOnTheResultsPageCountsWhatItReadFromTheWords() {
        browser().get("/?q=paardrijles+voor+ouderen+in+Rijnsburg");

        Wait.until("the search is counted", Duration.ofSeconds(10), () -> rows().contains("WK053707||senioren|1"));
        assertThat(everything()).doesNotContain("paardrijles").doesNotContainIgnoringCase("rijnsburg ");
    }

    @Test
    void aValueBijeenDoesNotKnowIsKeptAsUnknownNotAsTyped() {
        text("/api/activities?q=bijles&wijk=Jan+de+Vries");

        Wait.until("the search is counted", Duration.ofSeconds(10), () -> rows().contains("?|||1"));
        assertThat(everything()).doesNotContain("Jan").doesNotContain("bijles");
    }

    @Test
    void aSearchThatFindsEnoughIsNotCounted() {
        text("/api/activities?q=koffie&wijk=WK053705"); // finds the coffee morning
        text("/api/activities?q=onvindbaar&audience=mantelzorgers"); // found nothing: counted after the others

        Wait.until("the last search is counted", Duration.ofSeconds(10), () -> rows().contains("||mantelzorgers|1"));
        assertThat(rows()).noneMatch(r -> r.startsWith("WK053705||"));
    }

    @Test
    void theCoveragePageShowsTheDemandInWords() {
        text("/api/activities?q=schaakles&theme=cultuur&audience=jongeren&wijk=WK053701");
        Wait.until("the search is counted", Duration.ofSeconds(10),
                () -> rows().contains("WK053701|cultuur|jongeren|1"));

        String page = browser().logIn(PROFESSIONAL, PASSWORD).get("/dekking").body();
        String csv = browser().logIn(PROFESSIONAL, PASSWORD).get("/dekking/zoekvraag.csv").body();

        assertThat(page).contains("Waar zoeken bewoners naar, zonder resultaat")
                .containsPattern("<td>Katwijk Noord</td><td>Cultuur en creatief</td>\\s*<td>Jongeren</td><td>1</td>");
        assertThat(csv).contains("\"Katwijk Noord\";\"Cultuur en creatief\";\"Jongeren\";\"1\"")
                .doesNotContain("schaakles");
    }

    /** Each stored row as "wijk|theme|audience|searches". */
    private List<String> rows() {
        return query("SELECT wijk, theme, audience, searches FROM search_demand", 4);
    }

    /** Every value of every column, the day included, as text. */
    private String everything() {
        return String.join(" ", query("SELECT * FROM search_demand", 0));
    }

    private List<String> query(String sql, int columns) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql);
             ResultSet rs = q.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = columns == 0 ? meta.getColumnCount() : columns;
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
