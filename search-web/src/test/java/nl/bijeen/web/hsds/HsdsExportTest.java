package nl.bijeen.web.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.OrganisationRows;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.TestDirs;

/**
 * The HSDS export over the crawled demo world, validated against Open Referral's HSDS 3.0 schema by an independent
 * validator: every organization and service of the JSON API, and every row of every table of the data package. First
 * what the export makes of the organisations the crawl recognised; then those make way for two organisations written
 * into the store directly (one with every detail HSDS can carry, one with only a name), so the details checked do
 * not depend on how organisations are recognised.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsExportTest implements TestPropertyProvider {

    private static final long FULL = 900_001;
    private static final long BARE = 900_002;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SCHEMA_OF_TABLE = Map.ofEntries(
            Map.entry("organizations", "organization"), Map.entry("services", "service"),
            Map.entry("locations", "location"), Map.entry("addresses", "address"), Map.entry("phones", "phone"),
            Map.entry("schedules", "schedule"), Map.entry("service_at_locations", "service_at_location"),
            Map.entry("fundings", "funding"), Map.entry("cost_options", "cost_option"),
            Map.entry("attributes", "attribute"), Map.entry("taxonomy_terms", "taxonomy_term"),
            Map.entry("taxonomies", "taxonomy"));

    private final Path dataDir = TestDirs.create("bijeen-hsds");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Aggregator aggregator;
    @Inject
    IndexFollower follower;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DemoWorldApp.properties("hsds", dataDir));
        properties.put("bijeen.hsds.province", "Zuid-Holland"); // as config/application.yml sets it
        return properties;
    }

    /** What the export made of the organisations the crawl recognised, before they made way for the fixtures. */
    private List<JsonNode> recognised;
    private List<JsonNode> recognisedServices;

    @BeforeAll
    void crawlAndAddTwoOrganisations() throws IOException {
        DemoWorldApp.awaitCrawled(aggregator, follower);
        recognised = allPages("/api/hsds/organizations");
        recognisedServices = allPages("/api/hsds/services");
        // the two fixtures take over activities the crawl linked to recognised organisations
        new OrganisationStore(dataSource).live().forEach(o -> OrganisationRows.remove(dataSource, o.id()));
        List<Long> calendar = ids(aggregator.store().findBySource("buurthuis-de-kern"));
        List<Long> feed = ids(aggregator.store().findBySource("welzijn-kust-en-rijn"));
        OrganisationRows.put(dataSource, new StoredOrganisation(FULL, "Stichting Testbuurt Welzijn",
                List.of("Testbuurt Welzijn"), OrganisationKind.WELZIJN, "Welzijn in de Testbuurt.",
                List.of("ontmoeting"), List.of("senioren"), List.of("WK053702"),
                new Place("Buurtkantoor", "Zeeweg 1, 2224 AA Katwijk", 52.2, 4.41, "WK053702", null),
                "071 123 45 67", "info@testbuurt.example", URI.create("https://www.testbuurt.example"),
                List.of("Mo-Fr 09:00-17:00", "za 10-12 uur"), URI.create("https://www.testbuurt.example/logo.png"),
                true, List.of("buurthuis-de-kern"), calendar.size(), null, null), calendar);
        OrganisationRows.put(dataSource, new StoredOrganisation(BARE, "Klaverjasclub De Troef", List.of(),
                OrganisationKind.VERENIGING, null, List.of(), List.of(), List.of(), null, null, "geen adres",
                null, List.of(), null, null, List.of(), feed.size(), null, null), feed);
    }

    @AfterAll
    void cleanUp() {
        TestDirs.delete(dataDir);
    }

    @Test
    void everyOrganizationAndServiceOfTheApiValidatesAgainstTheHsdsSchema() throws IOException {
        List<JsonNode> organizations = allPages("/api/hsds/organizations");
        List<JsonNode> services = allPages("/api/hsds/services");

        assertThat(organizations).extracting(o -> o.get("name").asText())
                .containsExactlyInAnyOrder("Stichting Testbuurt Welzijn", "Klaverjasclub De Troef");
        assertThat(services).hasSizeGreaterThanOrEqualTo(4);
        assertThat(recognised).as("the demo world's recognised organisations").hasSizeGreaterThanOrEqualTo(30);
        assertThat(recognisedServices).as("their current activities").hasSizeGreaterThan(50);
        for (JsonNode organization : concat(organizations, recognised)) {
            assertValid("organization", organization);
        }
        for (JsonNode service : concat(services, recognisedServices)) {
            assertValid("service", service);
        }
    }

    @Test
    void organizationCarriesContactLocationOpeningHoursFundingAndKind() throws IOException {
        JsonNode full = get("/api/hsds/organizations/" + FULL);

        assertThat(full.get("id").asText()).isEqualTo(HsdsIds.organization(FULL));
        assertThat(full.get("alternate_name").asText()).isEqualTo("Testbuurt Welzijn");
        assertThat(full.at("/phones/0/number").asText()).isEqualTo("071 123 45 67");
        JsonNode location = full.at("/locations/0");
        assertThat(location.at("/addresss/0/address_1").asText()).isEqualTo("Zeeweg 1");
        assertThat(location.at("/addresss/0/postal_code").asText()).isEqualTo("2224 AA");
        assertThat(location.at("/addresss/0/city").asText()).isEqualTo("Katwijk");
        assertThat(location.at("/addresss/0/state_province").asText()).isEqualTo("Zuid-Holland");
        assertThat(location.at("/schedules/0/byday").asText()).isEqualTo("MO,TU,WE,TH,FR");
        assertThat(location.at("/schedules/0/opens_at").asText()).matches("09:00[+-]\\d\\d:\\d\\d|09:00Z");
        assertThat(location.at("/schedules/1/description").asText()).isEqualTo("za 10-12 uur");
        assertThat(location.at("/schedules/1/freq").isMissingNode()).isTrue();
        assertThat(full.at("/fundings/0/source").asText()).contains("Gesubsidieerd");
        assertThat(full.get("attributes")).anySatisfy(a -> {
            assertThat(a.get("link_type").asText()).isEqualTo("organization_kind");
            assertThat(a.at("/taxonomy_term/name").asText()).isEqualTo("Welzijnsorganisatie");
        });
        JsonNode bare = get("/api/hsds/organizations/" + HsdsIds.organization(BARE));
        assertThat(bare.get("description").asText()).isEqualTo("Vereniging");
        assertThat(bare.has("email")).as("an e-mail address without @ is left out").isFalse();
    }

    @Test
    void weeklyActivityBecomesOneWeeklyScheduleAndOngoingOfferADescribedOne() throws IOException {
        List<JsonNode> calendar = allPages("/api/hsds/services?organization_id=" + FULL);
        List<JsonNode> feed = allPages("/api/hsds/services?organization_id=" + BARE);

        assertThat(calendar).anySatisfy(s -> {
            assertThat(s.at("/schedules/0/freq").asText()).isEqualTo("WEEKLY");
            assertThat(s.at("/schedules/0/byday").asText()).matches("MO|TU|WE|TH|FR|SA|SU");
            assertThat(s.at("/schedules/0/opens_at").asText()).matches("\\d\\d:\\d\\d([+-]\\d\\d:\\d\\d|Z)");
            assertThat(s.at("/organization/id").asText()).isEqualTo(HsdsIds.organization(FULL));
        });
        assertThat(feed).anySatisfy(s -> assertThat(s.at("/schedules/0/description").asText())
                .isEqualTo("Doorlopend aanbod, zonder vaste datum"));
        assertThat(calendar).allSatisfy(s -> assertThat(s.get("organization_id").asText())
                .isEqualTo(HsdsIds.organization(FULL)));
        JsonNode first = calendar.getFirst();
        assertThat(get("/api/hsds/services/" + first.get("id").asText())).isEqualTo(first);
    }

    @Test
    void pagesFollowTheHsdsApiShapeAndRefuseNonsense() throws IOException {
        JsonNode second = get("/api/hsds/organizations?page=2&per_page=1");
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("contents")).hasSize(1);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("total_pages").asInt()).isEqualTo(second.get("total_items").asInt());

        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/hsds/organizations?per_page=0"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(400));
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/hsds/organizations/123456789"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/hsds/services/" + HsdsIds.service(987654321)))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
    }

    @Test
    void everyRowOfTheDataPackageValidatesAsItsTable() throws IOException {
        byte[] zip = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/hsds/datapackage.zip"),
                byte[].class);
        Map<String, String> files = unzip(zip);
        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));

        assertThat(files).containsKeys("organizations.csv", "services.csv", "locations.csv", "schedules.csv",
                "addresses.csv", "phones.csv", "attributes.csv");
        int rows = 0;
        for (JsonNode resource : descriptor.get("resources")) {
            String table = resource.get("name").asText();
            for (ObjectNode row : rows(files.get(resource.get("path").asText()), resource)) {
                assertValid(SCHEMA_OF_TABLE.get(table), row);
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(20);
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private void assertValid(String table, JsonNode record) {
        assertThat(HsdsSchemas.violations(table, record)).as(table + " " + record).isEmpty();
        assertThat(HsdsSchemas.undeclared(table, record)).as("fields HSDS does not declare").isEmpty();
    }

    private List<JsonNode> allPages(String path) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            JsonNode body = get(path + separator + "per_page=20&page=" + page);
            body.get("contents").forEach(all::add);
            if (body.get("last_page").asBoolean()) {
                assertThat(all).hasSize(body.get("total_items").asInt());
                return all;
            }
        }
    }

    private JsonNode get(String path) throws IOException {
        return JSON.readTree(http.toBlocking().retrieve(path));
    }

    /**
     * Each CSV row as a record, its numbers as numbers where the descriptor says so; an empty cell is a missing value,
     * as Frictionless Data reads it by default.
     */
    private static List<ObjectNode> rows(String csv, JsonNode resource) throws IOException {
        Map<String, String> types = new HashMap<>();
        resource.at("/schema/fields").forEach(f -> types.put(f.get("name").asText(), f.get("type").asText()));
        List<ObjectNode> records = new ArrayList<>();
        for (CSVRecord line : CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv))) {
            ObjectNode record = JSON.createObjectNode();
            line.toMap().forEach((column, value) -> {
                if (value.isEmpty()) {
                    return;
                }
                if ("number".equals(types.get(column))) {
                    record.put(column, new java.math.BigDecimal(value));
                } else {
                    record.put(column, value);
                }
            });
            records.add(record);
        }
        return records;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<Long> ids(List<StoredActivity> activities) {
        return activities.stream().map(StoredActivity::id).toList();
    }
}
