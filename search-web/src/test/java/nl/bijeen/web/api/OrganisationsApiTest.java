package nl.bijeen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.support.OrganisationRows;
import nl.bijeen.web.organisation.SocialMap;
import nl.bijeen.web.organisation.index.OrganisationFollower;
import nl.bijeen.web.support.EmptyApp;
import nl.bijeen.web.support.Wait;

/** {@code /api/organisations} over the small social map: search, filters with facets, paging, one organisation. */
@MicronautTest
class OrganisationsApiTest extends EmptyApp {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;
    @Inject
    OrganisationFollower follower;

    OrganisationsApiTest() {
        super("organisations-api");
    }

    @BeforeAll
    void storeTheSocialMap() {
        for (StoredOrganisation o : SocialMap.ALL) {
            OrganisationRows.put(dataSource, o, List.of());
        }
        long last = new ActivityStore(dataSource).lastSeq();
        Wait.until("the organisation index follows the store", Duration.ofSeconds(30),
                () -> follower.lastAppliedSeq() == last);
    }

    @Test
    void everyOrganisationIsListedByNameWithFacetsPerDimension() throws IOException {
        JsonNode all = get("/api/organisations");

        assertThat(all.get("total").asLong()).isEqualTo(6);
        assertThat(all.get("organisations")).extracting(o -> o.get("name").asText()).containsExactly(
                "Bibliotheek Katwijk", "Buurthuis De Kern", "Moestuin Noord", "Protestantse Gemeente Rijnsburg",
                "Sportvereniging Rijnsburg", "Welzijnskwartier");
        assertThat(all.at("/facets/kinds")).anySatisfy(k -> {
            assertThat(k.get("value").asText()).isEqualTo("bibliotheek");
            assertThat(k.get("label").asText()).isEqualTo("Bibliotheek");
            assertThat(k.get("count").asLong()).isEqualTo(1);
        });
        JsonNode welzijn = all.get("organisations").get(5);
        assertThat(welzijn.at("/kind/label").asText()).isEqualTo("Welzijnsorganisatie");
        assertThat(welzijn.get("url").asText()).isEqualTo("/organisaties/101");
        assertThat(welzijn.get("phone").asText()).isEqualTo("071-4011234");
    }

    @Test
    void wordsFiltersAndPagingNarrowTheList() throws IOException {
        assertThat(get("/api/organisations?q=bieb").get("organisations"))
                .extracting(o -> o.get("name").asText()).containsExactly("Bibliotheek Katwijk");
        JsonNode rijnsburgMeeting = get("/api/organisations?theme=ontmoeten&wijk=" + SocialMap.RIJNSBURG);
        assertThat(rijnsburgMeeting.get("organisations")).extracting(o -> o.get("name").asText())
                .containsExactlyInAnyOrder("Welzijnskwartier", "Protestantse Gemeente Rijnsburg");
        JsonNode second = get("/api/organisations?limit=2&offset=2");
        assertThat(second.get("offset").asInt()).isEqualTo(2);
        assertThat(second.get("organisations")).extracting(o -> o.get("name").asText())
                .containsExactly("Moestuin Noord", "Protestantse Gemeente Rijnsburg");
        assertThat(get("/api/organisations?kind=sport").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void oneOrganisationCarriesItsDetailsAndActivities() throws IOException {
        JsonNode welzijn = get("/api/organisations/101");

        assertThat(welzijn.get("otherNames")).extracting(JsonNode::asText)
                .contains("Stichting Welzijnskwartier Katwijk");
        assertThat(welzijn.at("/address/address").asText()).isEqualTo("Zeeweg 12, 2224 AB Katwijk");
        assertThat(welzijn.get("subsidised").asBoolean()).isTrue();
        assertThat(welzijn.get("activityIds").isArray()).isTrue();
        assertThat(welzijn.get("hsds").asText()).isEqualTo("/api/hsds/organizations/101");
    }

    @Test
    void wrongParametersAndUnknownIdsAreRefusedInDutch() {
        assertThat(status("/api/organisations?kind=voetbalclub")).isEqualTo(400);
        assertThat(status("/api/organisations?limit=0")).isEqualTo(400);
        assertThat(status("/api/organisations?sort=datum")).isEqualTo(400);
        assertThat(status("/api/organisations/abc")).isEqualTo(400);
        assertThat(status("/api/organisations/999")).isEqualTo(404);
    }

    private JsonNode get(String path) throws IOException {
        return JSON.readTree(http.toBlocking().retrieve(path));
    }

    private int status(String path) {
        try {
            http.toBlocking().retrieve(path);
            return 200;
        } catch (HttpClientResponseException e) {
            assertThat(e.getResponse().getBody(String.class).orElse("")).contains("\"message\"");
            return e.getStatus().getCode();
        }
    }
}
