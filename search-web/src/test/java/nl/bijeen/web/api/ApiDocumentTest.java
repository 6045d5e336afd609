package nl.bijeen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.support.EmptyApp;

/** The hand-written OpenAPI document is served and every path in it answers with a status it documents. */
@MicronautTest
class ApiDocumentTest extends EmptyApp {

    ApiDocumentTest() {
        super("api-doc");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedPathAnswersWithADocumentedStatus() {
        HttpResponse<String> doc = http.toBlocking().exchange("/api/openapi.yml", String.class);
        assertThat(doc.getContentType().orElseThrow().toString()).isEqualTo("application/yaml");
        Map<String, Object> spec = new Yaml().load(doc.body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");

        List<String> wrong = new ArrayList<>();
        paths.forEach((path, operations) -> {
            Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operations.get("get"))
                    .get("responses");
            int status = statusOf(path.replace("{id}", "1"));
            if (!responses.containsKey(Integer.toString(status))) {
                wrong.add(path + " answered " + status + ", documented " + responses.keySet());
            }
        });

        assertThat(paths).hasSizeGreaterThanOrEqualTo(4);
        assertThat(wrong).isEmpty();
    }

    private int statusOf(String uri) {
        try {
            return http.toBlocking().exchange(uri, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus() == null ? HttpStatus.INTERNAL_SERVER_ERROR.getCode() : e.getStatus().getCode();
        }
    }
}
